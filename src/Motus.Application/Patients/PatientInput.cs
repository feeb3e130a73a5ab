using Motus.Application.Records;
using Motus.Domain.Patients;

namespace Motus.Application.Patients;

/// <summary>
/// A patient's facts as entered on the registration or edit form, or sent to the API: plain nullable fields, so that
/// a missing value is a message next to its field. Sex, onset region and diagnostic category must be chosen
/// explicitly ("Unknown" is a choice, never a silent default); every date and the other facts may stay empty.
/// </summary>
public sealed class PatientInput
{
    /// <summary>Pseudonymous code (PAT-01, unique in the study: PAT-10). On an edit it may be left out; it cannot change (PAT-11).</summary>
    public string? Code { get; set; }
    /// <summary>Code of the site that enrols and follows the patient; one of the caller's sites in the study.</summary>
    public string? Site { get; set; }
    /// <summary>Sex (required; <c>Unknown</c> when not recorded).</summary>
    public Sex? Sex { get; set; }
    /// <summary>Year of birth (PAT-02).</summary>
    public int? YearOfBirth { get; set; }
    /// <summary>Date of first symptom.</summary>
    public DateOnly? OnsetDate { get; set; }
    /// <summary>Region of first symptom (required; <c>Unknown</c> when not recorded).</summary>
    public OnsetRegion? OnsetRegion { get; set; }
    /// <summary>Date of diagnosis.</summary>
    public DateOnly? DiagnosisDate { get; set; }
    /// <summary>El Escorial or Gold Coast category (required; <c>Unknown</c> when not recorded).</summary>
    public DiagnosticCategory? DiagnosticCategory { get; set; }
    /// <summary>Genetic findings: null when not tested or unknown, <c>None</c> when tested without a pathogenic variant.</summary>
    public GeneticFindings? Genetics { get; set; }
    /// <summary>Frontotemporal dementia; null when not assessed.</summary>
    public bool? Ftd { get; set; }
    /// <summary>Family history of ALS or FTD; null when unknown.</summary>
    public bool? FamilyHistory { get; set; }
    /// <summary>Study arm code (PAT-08), empty until allocated.</summary>
    public string? ArmCode { get; set; }
    /// <summary>Date of informed consent.</summary>
    public DateOnly? ConsentDate { get; set; }
    /// <summary>Date of enrolment.</summary>
    public DateOnly? EnrolmentDate { get; set; }
    /// <summary>Date of withdrawal from the study (a patient is never deleted; withdrawal is recorded here).</summary>
    public DateOnly? WithdrawalDate { get; set; }
    /// <summary>Riluzole reported at baseline; null when not reported.</summary>
    public bool? RiluzoleAtBaseline { get; set; }
    /// <summary>Date of the riluzole report.</summary>
    public DateOnly? RiluzoleReportDate { get; set; }

    /// <summary>The input that shows <paramref name="d"/> at site <paramref name="site"/>.</summary>
    public static PatientInput From(PatientDetails d, string site)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new PatientInput
        {
            Code = d.Code,
            Site = site,
            Sex = d.Sex,
            YearOfBirth = d.YearOfBirth,
            OnsetDate = d.OnsetDate,
            OnsetRegion = d.OnsetRegion,
            DiagnosisDate = d.DiagnosisDate,
            DiagnosticCategory = d.DiagnosticCategory,
            Genetics = d.Genetics,
            Ftd = d.Ftd,
            FamilyHistory = d.FamilyHistory,
            ArmCode = d.ArmCode,
            ConsentDate = d.ConsentDate,
            EnrolmentDate = d.EnrolmentDate,
            WithdrawalDate = d.WithdrawalDate,
            RiluzoleAtBaseline = d.RiluzoleAtBaseline,
            RiluzoleReportDate = d.RiluzoleReportDate,
        };
    }

    /// <summary>
    /// The details, or null after adding every missing required field to <paramref name="errors"/>. On an edit
    /// <paramref name="storedCode"/> is the patient's code, used when <see cref="Code"/> is left empty.
    /// </summary>
    public PatientDetails? ToDetails(ICollection<FieldError> errors, string? storedCode = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count;
        var code = storedCode is null ? InputRules.RequiredText(Code, nameof(Code), "The patient code", errors) : InputRules.Text(Code) ?? storedCode;
        InputRules.RequiredText(Site, nameof(Site), "The site", errors);
        var sex = InputRules.Required(Sex, nameof(Sex), "Sex (choose Unknown when not recorded)", errors);
        var region = InputRules.Required(OnsetRegion, nameof(OnsetRegion), "The onset region (choose Unknown when not recorded)", errors);
        var category = InputRules.Required(DiagnosticCategory, nameof(DiagnosticCategory), "The diagnostic category (choose Unknown when not recorded)", errors);
        return errors.Count > count ? null : new PatientDetails
        {
            Code = code!,
            Sex = sex!.Value,
            YearOfBirth = YearOfBirth,
            OnsetDate = OnsetDate,
            OnsetRegion = region!.Value,
            DiagnosisDate = DiagnosisDate,
            DiagnosticCategory = category!.Value,
            Genetics = Genetics,
            Ftd = Ftd,
            FamilyHistory = FamilyHistory,
            ArmCode = InputRules.Text(ArmCode),
            ConsentDate = ConsentDate,
            EnrolmentDate = EnrolmentDate,
            WithdrawalDate = WithdrawalDate,
            RiluzoleAtBaseline = RiluzoleAtBaseline,
            RiluzoleReportDate = RiluzoleReportDate,
        };
    }
}
