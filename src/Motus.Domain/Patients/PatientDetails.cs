using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Patients;

/// <summary>
/// Everything about a patient that is entered or corrected, as one value. Dates are calendar facts
/// (<see cref="DateOnly"/>); unknown values are null.
/// </summary>
public sealed record PatientDetails
{
    /// <summary>Pseudonymous code (rule PAT-01); never a name, initials or hospital number.</summary>
    public required string Code { get; init; }
    /// <summary>Sex.</summary>
    public Sex Sex { get; init; }
    /// <summary>Year of birth (rule PAT-02); a year rather than a date, to limit identifiability.</summary>
    public int? YearOfBirth { get; init; }
    /// <summary>Date of first symptom.</summary>
    public DateOnly? OnsetDate { get; init; }
    /// <summary>Region of first symptom.</summary>
    public OnsetRegion OnsetRegion { get; init; }
    /// <summary>Date of diagnosis.</summary>
    public DateOnly? DiagnosisDate { get; init; }
    /// <summary>Diagnostic category (El Escorial or Gold Coast).</summary>
    public DiagnosticCategory DiagnosticCategory { get; init; }
    /// <summary>Genetic findings; null when not tested or unknown.</summary>
    public GeneticFindings? Genetics { get; init; }
    /// <summary>Frontotemporal dementia; null when not assessed.</summary>
    public bool? Ftd { get; init; }
    /// <summary>Family history of ALS or FTD; null when unknown.</summary>
    public bool? FamilyHistory { get; init; }
    /// <summary>Code of the study arm (rule PAT-08), null until allocated.</summary>
    public string? ArmCode { get; init; }
    /// <summary>Date of informed consent.</summary>
    public DateOnly? ConsentDate { get; init; }
    /// <summary>Date of enrolment (day 0 of the planned visit schedule).</summary>
    public DateOnly? EnrolmentDate { get; init; }
    /// <summary>Date of withdrawal from the study.</summary>
    public DateOnly? WithdrawalDate { get; init; }
    /// <summary>Riluzole use reported at baseline; null when not reported.</summary>
    public bool? RiluzoleAtBaseline { get; init; }
    /// <summary>Date of the riluzole report.</summary>
    public DateOnly? RiluzoleReportDate { get; init; }

    /// <summary>Checks rules PAT-01 to PAT-09 and the general date rules.</summary>
    /// <param name="today">Today's date, for GEN-01.</param>
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.When(!Codes.IsValid(Code), DomainRules.PatientCodePattern, nameof(Code), Code);
        v.Defined(Sex, nameof(Sex));
        v.Defined(OnsetRegion, nameof(OnsetRegion));
        v.Defined(DiagnosticCategory, nameof(DiagnosticCategory));
        v.When(Genetics is { } g && (g & ~(GeneticFindings)31) != 0, DomainRules.UndefinedCode, nameof(Genetics), Genetics);
        v.When(YearOfBirth is { } y && (y < 1900 || y > today.Year), DomainRules.YearOfBirthRange, nameof(YearOfBirth), YearOfBirth);
        v.When(ArmCode is not null && !Codes.IsValid(ArmCode), DomainRules.CodePattern, nameof(ArmCode), ArmCode);
        foreach (var (date, field) in Dates())
        {
            v.NotInFuture(date, today, field);
            v.NotAncient(date, field);
        }

        v.Ordered(OnsetDate, nameof(OnsetDate), DiagnosisDate, nameof(DiagnosisDate), DomainRules.OnsetBeforeDiagnosis);
        v.Ordered(DiagnosisDate, nameof(DiagnosisDate), EnrolmentDate, nameof(EnrolmentDate), DomainRules.DiagnosisBeforeEnrolment);
        if (DiagnosisDate is null)
        {
            v.Ordered(OnsetDate, nameof(OnsetDate), EnrolmentDate, nameof(EnrolmentDate), DomainRules.OnsetBeforeEnrolment);
        }

        v.Ordered(ConsentDate, nameof(ConsentDate), EnrolmentDate, nameof(EnrolmentDate), DomainRules.ConsentBeforeEnrolment);
        v.Ordered(EnrolmentDate, nameof(EnrolmentDate), WithdrawalDate, nameof(WithdrawalDate), DomainRules.WithdrawalAfterEnrolment);
        v.When(YearOfBirth is { } yob && OnsetDate is { } onset && onset.Year < yob, DomainRules.OnsetAfterBirth, nameof(OnsetDate), OnsetDate, $"born {YearOfBirth}");
        return v.Items;
    }

    /// <summary>The patient's dated facts with their field names, for cross-record checks.</summary>
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (OnsetDate, nameof(OnsetDate));
        yield return (DiagnosisDate, nameof(DiagnosisDate));
        yield return (ConsentDate, nameof(ConsentDate));
        yield return (EnrolmentDate, nameof(EnrolmentDate));
        yield return (WithdrawalDate, nameof(WithdrawalDate));
        yield return (RiluzoleReportDate, nameof(RiluzoleReportDate));
    }
}
