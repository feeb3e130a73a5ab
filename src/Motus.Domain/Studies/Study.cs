using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Studies;

/// <summary>
/// A study: its protocol, arms and planned visit schedule. A study imported from day counts (PRO-ACT deltas)
/// is <em>date-shifted</em>: its calendar dates are day counts added to <see cref="DateShiftAnchor"/>, not real dates.
/// </summary>
public sealed class Study
{
    private readonly List<StudyArm> _arms = [];
    private readonly List<PlannedVisit> _visits = [];

    private Study() => (Name, ProtocolId) = ("", "");

    private Study(string name, string protocolId, DateOnly? dateShiftAnchor)
    {
        Id = StudyId.New();
        Name = name;
        ProtocolId = protocolId;
        DateShiftAnchor = dateShiftAnchor;
    }

    /// <summary>The study's id.</summary>
    public StudyId Id { get; private set; }

    /// <summary>Full name.</summary>
    public string Name { get; private set; }

    /// <summary>Protocol identifier (rule STUDY-04), unique in the database.</summary>
    public string ProtocolId { get; private set; }

    /// <summary>The date that day 0 was mapped to when the study's dates were derived from day counts; null for real dates.</summary>
    public DateOnly? DateShiftAnchor { get; private set; }

    /// <summary>True when the study's dates are shifted (derived from day counts), so calendar dates carry no meaning of their own.</summary>
    public bool IsDateShifted => DateShiftAnchor is not null;

    /// <summary>The study's arms.</summary>
    public IReadOnlyList<StudyArm> Arms => _arms;

    /// <summary>The planned visit schedule, in the order given.</summary>
    public IReadOnlyList<PlannedVisit> VisitSchedule => _visits;

    /// <summary>Creates a study, checking rules STUDY-01 to STUDY-04.</summary>
    /// <param name="name">Full name (required).</param>
    /// <param name="protocolId">Protocol identifier (STUDY-04).</param>
    /// <param name="arms">Arms; codes unique.</param>
    /// <param name="visits">Planned visits; names unique, windows ≥ 0.</param>
    /// <param name="dateShiftAnchor">Day 0 of a date-shifted study, or null for real dates.</param>
    public static Validated<Study> Create(string name, string protocolId, IEnumerable<ArmPlan> arms, IEnumerable<VisitPlan> visits, DateOnly? dateShiftAnchor = null)
    {
        var armList = arms.ToList();
        var visitList = visits.ToList();
        var v = new ViolationList();
        v.RequiredText(name, nameof(Name), 200);
        v.When(!Codes.IsValid(protocolId), DomainRules.CodePattern, nameof(ProtocolId), protocolId);
        foreach (var arm in armList)
        {
            v.When(!Codes.IsValid(arm.Code), DomainRules.CodePattern, "Arm.Code", arm.Code);
            v.RequiredText(arm.Name, "Arm.Name", 200);
        }

        foreach (var dup in armList.GroupBy(a => a.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            v.Add(DomainRules.ArmCodesUnique, "Arm.Code", dup.Key);
        }

        foreach (var visit in visitList)
        {
            v.RequiredText(visit.Name, "Visit.Name", 100);
            v.When(visit.WindowBefore < 0, DomainRules.VisitWindowNonNegative, "Visit.WindowBefore", visit.WindowBefore);
            v.When(visit.WindowAfter < 0, DomainRules.VisitWindowNonNegative, "Visit.WindowAfter", visit.WindowAfter);
        }

        foreach (var dup in visitList.GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            v.Add(DomainRules.VisitNamesUnique, "Visit.Name", dup.Key);
        }

        return Validated<Study>.From(v.Items, () =>
        {
            var study = new Study(name, protocolId, dateShiftAnchor);
            study._arms.AddRange(armList.Select(a => new StudyArm(study.Id, a.Code, a.Name, a.Description)));
            study._visits.AddRange(visitList.Select(x => new PlannedVisit(study.Id, x)));
            return study;
        });
    }

    /// <summary>Adds an arm; returns the violations (STUDY-01, STUDY-04) and adds nothing when there are any.</summary>
    public IReadOnlyList<RuleViolation> AddArm(ArmPlan arm)
    {
        var v = new ViolationList();
        v.When(!Codes.IsValid(arm.Code), DomainRules.CodePattern, "Arm.Code", arm.Code);
        v.RequiredText(arm.Name, "Arm.Name", 200);
        v.When(HasArm(arm.Code), DomainRules.ArmCodesUnique, "Arm.Code", arm.Code);
        if (v.Items.Count == 0)
        {
            _arms.Add(new StudyArm(Id, arm.Code, arm.Name, arm.Description));
        }

        return v.Items;
    }

    /// <summary>True when the study has an arm with this code (case-insensitive).</summary>
    public bool HasArm(string? code) => code is not null && _arms.Exists(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));
}
