using Motus.Domain.Common;

namespace Motus.Domain.Studies;

/// <summary>An arm of a study (e.g. <c>MSC-IT</c> or <c>Placebo</c>).</summary>
public sealed class StudyArm
{
    private StudyArm() => (Code, Name) = ("", "");

    internal StudyArm(StudyId studyId, string code, string name, string? description)
    {
        Id = Guid.CreateVersion7();
        StudyId = studyId;
        Code = code;
        Name = name;
        Description = description;
    }

    /// <summary>The arm's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The study the arm belongs to.</summary>
    public StudyId StudyId { get; private set; }

    /// <summary>Short code, unique within the study (rule STUDY-01); patients refer to it.</summary>
    public string Code { get; private set; }

    /// <summary>Display name.</summary>
    public string Name { get; private set; }

    /// <summary>Optional description (treatment, dose, schedule).</summary>
    public string? Description { get; private set; }
}
