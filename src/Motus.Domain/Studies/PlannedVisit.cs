using Motus.Domain.Common;

namespace Motus.Domain.Studies;

/// <summary>
/// A visit of the study's planned schedule: a nominal study day and an allowed window around it.
/// A visit on day <c>d</c> is in window when <c>Day − WindowBefore ≤ d ≤ Day + WindowAfter</c>.
/// </summary>
public sealed class PlannedVisit
{
    private PlannedVisit() => Name = "";

    internal PlannedVisit(StudyId studyId, VisitPlan plan)
    {
        Id = Guid.CreateVersion7();
        StudyId = studyId;
        Name = plan.Name;
        Day = plan.Day;
        WindowBefore = plan.WindowBefore;
        WindowAfter = plan.WindowAfter;
    }

    /// <summary>The visit's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The study whose schedule this is.</summary>
    public StudyId StudyId { get; private set; }

    /// <summary>Visit name, unique in the schedule (e.g. <c>Screening</c>, <c>Month 3</c>).</summary>
    public string Name { get; private set; }

    /// <summary>Nominal day, counted from enrolment (day 0).</summary>
    public int Day { get; private set; }

    /// <summary>Days allowed before the nominal day (≥ 0).</summary>
    public int WindowBefore { get; private set; }

    /// <summary>Days allowed after the nominal day (≥ 0).</summary>
    public int WindowAfter { get; private set; }

    /// <summary>True when a visit on <paramref name="day"/> (days from enrolment) falls in this visit's window.</summary>
    public bool IsInWindow(int day) => day >= Day - WindowBefore && day <= Day + WindowAfter;
}

/// <summary>The definition of a planned visit, used to create a study.</summary>
/// <param name="Name">Visit name.</param>
/// <param name="Day">Nominal day from enrolment.</param>
/// <param name="WindowBefore">Days allowed before.</param>
/// <param name="WindowAfter">Days allowed after.</param>
public sealed record VisitPlan(string Name, int Day, int WindowBefore, int WindowAfter);

/// <summary>The definition of an arm, used to create a study.</summary>
/// <param name="Code">Short code.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">Optional description.</param>
public sealed record ArmPlan(string Code, string Name, string? Description = null);
