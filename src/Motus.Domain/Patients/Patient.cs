using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Patients;

/// <summary>
/// A patient in a study, identified by a pseudonymous <see cref="Code"/> unique within the study. Never hard-deleted.
/// </summary>
public sealed class Patient
{
    private Patient() => Code = "";

    private Patient(StudyId studyId, SiteId siteId, PatientDetails details)
    {
        Id = PatientId.New();
        StudyId = studyId;
        SiteId = siteId;
        Code = details.Code;
        Apply(details);
    }

    /// <summary>The patient's id.</summary>
    public PatientId Id { get; private set; }
    /// <summary>The study.</summary>
    public StudyId StudyId { get; private set; }
    /// <summary>The site that enrols and follows the patient.</summary>
    public SiteId SiteId { get; private set; }
    /// <inheritdoc cref="PatientDetails.Code"/>
    public string Code { get; private set; }
    /// <inheritdoc cref="PatientDetails.Sex"/>
    public Sex Sex { get; private set; }
    /// <inheritdoc cref="PatientDetails.YearOfBirth"/>
    public int? YearOfBirth { get; private set; }
    /// <inheritdoc cref="PatientDetails.OnsetDate"/>
    public DateOnly? OnsetDate { get; private set; }
    /// <inheritdoc cref="PatientDetails.OnsetRegion"/>
    public OnsetRegion OnsetRegion { get; private set; }
    /// <inheritdoc cref="PatientDetails.DiagnosisDate"/>
    public DateOnly? DiagnosisDate { get; private set; }
    /// <inheritdoc cref="PatientDetails.DiagnosticCategory"/>
    public DiagnosticCategory DiagnosticCategory { get; private set; }
    /// <inheritdoc cref="PatientDetails.Genetics"/>
    public GeneticFindings? Genetics { get; private set; }
    /// <inheritdoc cref="PatientDetails.Ftd"/>
    public bool? Ftd { get; private set; }
    /// <inheritdoc cref="PatientDetails.FamilyHistory"/>
    public bool? FamilyHistory { get; private set; }
    /// <inheritdoc cref="PatientDetails.ArmCode"/>
    public string? ArmCode { get; private set; }
    /// <inheritdoc cref="PatientDetails.ConsentDate"/>
    public DateOnly? ConsentDate { get; private set; }
    /// <inheritdoc cref="PatientDetails.EnrolmentDate"/>
    public DateOnly? EnrolmentDate { get; private set; }
    /// <inheritdoc cref="PatientDetails.WithdrawalDate"/>
    public DateOnly? WithdrawalDate { get; private set; }
    /// <inheritdoc cref="PatientDetails.RiluzoleAtBaseline"/>
    public bool? RiluzoleAtBaseline { get; private set; }
    /// <inheritdoc cref="PatientDetails.RiluzoleReportDate"/>
    public DateOnly? RiluzoleReportDate { get; private set; }

    /// <summary>When the patient record was soft-deleted (UTC); null while current.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }
    /// <summary>Why the patient record was deleted.</summary>
    public string? DeletionReason { get; private set; }
    /// <summary>True when soft-deleted.</summary>
    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Diagnostic delay in days (diagnosis − onset), when both dates are known.</summary>
    public int? DiagnosticDelayDays => OnsetDate is { } o && DiagnosisDate is { } d ? d.DayNumber - o.DayNumber : null;

    /// <summary>The editable facts as one value.</summary>
    public PatientDetails Details => new()
    {
        Code = Code,
        Sex = Sex,
        YearOfBirth = YearOfBirth,
        OnsetDate = OnsetDate,
        OnsetRegion = OnsetRegion,
        DiagnosisDate = DiagnosisDate,
        DiagnosticCategory = DiagnosticCategory,
        Genetics = Genetics,
        Ftd = Ftd,
        FamilyHistory = FamilyHistory,
        ArmCode = ArmCode,
        ConsentDate = ConsentDate,
        EnrolmentDate = EnrolmentDate,
        WithdrawalDate = WithdrawalDate,
        RiluzoleAtBaseline = RiluzoleAtBaseline,
        RiluzoleReportDate = RiluzoleReportDate,
    };

    /// <summary>Creates a patient after checking <see cref="PatientDetails.Validate"/>.</summary>
    public static Validated<Patient> Create(StudyId studyId, SiteId siteId, PatientDetails details, DateOnly today) =>
        Validated<Patient>.From(details.Validate(today), () => new Patient(studyId, siteId, details));

    /// <summary>Replaces the editable facts; nothing changes when any rule is broken. The code cannot change.</summary>
    public IReadOnlyList<RuleViolation> Revise(PatientDetails details, DateOnly today)
    {
        var v = new ViolationList();
        v.AddRange(details.Validate(today));
        v.When(details.Code != Code, DomainRules.PatientCodeImmutable, nameof(Code), details.Code, $"a patient's code cannot be changed from {Code}");
        if (v.Items.Count == 0)
        {
            Apply(details);
        }

        return v.Items;
    }

    /// <summary>Checks rule PAT-10: <paramref name="code"/> is not already used by another patient of the study.</summary>
    /// <param name="code">The new patient's code.</param>
    /// <param name="codesInStudy">Codes of the study's existing patients (deleted ones included: codes are never reused).</param>
    public static IReadOnlyList<RuleViolation> CheckCodeUnique(string code, IEnumerable<string> codesInStudy)
    {
        var v = new ViolationList();
        v.When(codesInStudy.Contains(code, StringComparer.OrdinalIgnoreCase), DomainRules.PatientCodeUnique, nameof(Code), code);
        return v.Items;
    }

    /// <summary>Moves the patient to another site of the same study.</summary>
    public void TransferTo(SiteId siteId) => SiteId = siteId;

    /// <summary>Soft-deletes the patient. A reason is required; a deleted patient cannot be deleted again.</summary>
    public void MarkDeleted(DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (IsDeleted)
        {
            throw new InvalidOperationException($"Patient {Id} is already deleted.");
        }

        DeletedAt = at.ToUniversalTime();
        DeletionReason = reason;
    }

    private void Apply(PatientDetails d)
    {
        Sex = d.Sex;
        YearOfBirth = d.YearOfBirth;
        OnsetDate = d.OnsetDate;
        OnsetRegion = d.OnsetRegion;
        DiagnosisDate = d.DiagnosisDate;
        DiagnosticCategory = d.DiagnosticCategory;
        Genetics = d.Genetics;
        Ftd = d.Ftd;
        FamilyHistory = d.FamilyHistory;
        ArmCode = d.ArmCode;
        ConsentDate = d.ConsentDate;
        EnrolmentDate = d.EnrolmentDate;
        WithdrawalDate = d.WithdrawalDate;
        RiluzoleAtBaseline = d.RiluzoleAtBaseline;
        RiluzoleReportDate = d.RiluzoleReportDate;
    }
}
