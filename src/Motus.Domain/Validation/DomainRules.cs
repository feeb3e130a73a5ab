namespace Motus.Domain.Validation;

/// <summary>
/// The catalogue of domain rules. Ids are stable: documentation, import reports and tests refer to them.
/// The full list with rationale is in <c>docs/domain-rules.md</c>.
/// </summary>
public static class DomainRules
{
    /// <summary>Dates before this are rejected as typos (rule GEN-02).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    // General
    /// <summary>GEN-01: a clinical date cannot lie in the future.</summary>
    public static readonly DomainRule NoFutureDates = new("GEN-01", "must not be in the future");
    /// <summary>GEN-02: a clinical date cannot lie before 1900.</summary>
    public static readonly DomainRule NoAncientDates = new("GEN-02", "must not be before 1900-01-01");
    /// <summary>GEN-03: a required text is present.</summary>
    public static readonly DomainRule RequiredText = new("GEN-03", "is required");
    /// <summary>GEN-04: a text respects its maximum length.</summary>
    public static readonly DomainRule TextTooLong = new("GEN-04", "is too long");
    /// <summary>GEN-05: a coded value is one of the defined codes.</summary>
    public static readonly DomainRule UndefinedCode = new("GEN-05", "is not a recognised code");

    // Study and site
    /// <summary>STUDY-01: arm codes are unique within a study.</summary>
    public static readonly DomainRule ArmCodesUnique = new("STUDY-01", "must be unique among the study's arms");
    /// <summary>STUDY-02: a planned visit has non-negative windows.</summary>
    public static readonly DomainRule VisitWindowNonNegative = new("STUDY-02", "must be zero or more days");
    /// <summary>STUDY-03: visit names are unique within a schedule.</summary>
    public static readonly DomainRule VisitNamesUnique = new("STUDY-03", "must be unique in the visit schedule");
    /// <summary>STUDY-04: codes (study protocol, site, arm) are short identifiers.</summary>
    public static readonly DomainRule CodePattern = new("STUDY-04", "must be 1–40 letters, digits, '.', '_' or '-'");

    // Patient
    /// <summary>PAT-01: a patient code is a pseudonym made of safe characters, never a name.</summary>
    public static readonly DomainRule PatientCodePattern = new("PAT-01", "must be a pseudonymous code of 1–40 letters, digits, '.', '_' or '-'");
    /// <summary>PAT-02: year of birth is plausible.</summary>
    public static readonly DomainRule YearOfBirthRange = new("PAT-02", "must be between 1900 and the current year");
    /// <summary>PAT-03: symptom onset is on or before diagnosis.</summary>
    public static readonly DomainRule OnsetBeforeDiagnosis = new("PAT-03", "must be on or after the symptom-onset date");
    /// <summary>PAT-04: diagnosis is on or before enrolment.</summary>
    public static readonly DomainRule DiagnosisBeforeEnrolment = new("PAT-04", "must be on or after the diagnosis date");
    /// <summary>PAT-05: consent is on or before enrolment.</summary>
    public static readonly DomainRule ConsentBeforeEnrolment = new("PAT-05", "must be on or after the consent date");
    /// <summary>PAT-06: withdrawal is on or after enrolment.</summary>
    public static readonly DomainRule WithdrawalAfterEnrolment = new("PAT-06", "must be on or after the enrolment date");
    /// <summary>PAT-07: symptom onset is not before the year of birth.</summary>
    public static readonly DomainRule OnsetAfterBirth = new("PAT-07", "must not be before the year of birth");
    /// <summary>PAT-08: the arm is one of the study's arms.</summary>
    public static readonly DomainRule ArmInStudy = new("PAT-08", "must be one of the study's arms");
    /// <summary>PAT-09: symptom onset is on or before enrolment.</summary>
    public static readonly DomainRule OnsetBeforeEnrolment = new("PAT-09", "must be on or after the symptom-onset date");
    /// <summary>PAT-10: a patient code is unique within its study.</summary>
    public static readonly DomainRule PatientCodeUnique = new("PAT-10", "must be unique within the study");
    /// <summary>PAT-11: a patient's code never changes once created.</summary>
    public static readonly DomainRule PatientCodeImmutable = new("PAT-11", "cannot be changed once the patient exists");

    // ALSFRS / ALSFRS-R
    /// <summary>ALSFRS-01: each item is an integer 0–4.</summary>
    public static readonly DomainRule AlsfrsItemRange = new("ALSFRS-01", "must be an integer from 0 to 4");
    /// <summary>ALSFRS-02: item 5a and 5b are never both scored.</summary>
    public static readonly DomainRule AlsfrsFiveAOrB = new("ALSFRS-02", "must not be scored together with Q5a: item 5a (no gastrostomy) and 5b (gastrostomy) are exclusive");
    /// <summary>ALSFRS-03: the items belong to the scale version (Q10 only in ALSFRS; R1–R3 only in ALSFRS-R).</summary>
    public static readonly DomainRule AlsfrsItemsMatchVersion = new("ALSFRS-03", "does not belong to this scale version (Q10 is ALSFRS only; R1–R3 are ALSFRS-R only)");
    /// <summary>ALSFRS-04: the gastrostomy flag agrees with the item-5 variant scored.</summary>
    public static readonly DomainRule AlsfrsGastrostomyConsistent = new("ALSFRS-04", "disagrees with the gastrostomy flag (5a without gastrostomy, 5b with gastrostomy)");
    /// <summary>ALSFRS-05: a recorded total equals the sum of the items when all items are present.</summary>
    public static readonly DomainRule AlsfrsTotalMatchesItems = new("ALSFRS-05", "must equal the sum of the items");
    /// <summary>ALSFRS-06: a recorded total lies within the scale's range.</summary>
    public static readonly DomainRule AlsfrsTotalRange = new("ALSFRS-06", "must be within the scale's range (0–48 for ALSFRS-R, 0–40 for ALSFRS)");
    /// <summary>ALSFRS-07: an assessment has at least one item or a total.</summary>
    public static readonly DomainRule AlsfrsNotEmpty = new("ALSFRS-07", "must have at least one item score or a total");

    // Other assessments
    /// <summary>VC-01: a vital-capacity volume is between 0 and 10 litres.</summary>
    public static readonly DomainRule VcLitresRange = new("VC-01", "must be more than 0 and at most 10 litres");
    /// <summary>VC-02: percent predicted is between 0 and 200.</summary>
    public static readonly DomainRule VcPercentRange = new("VC-02", "must be more than 0 and at most 200 % predicted");
    /// <summary>VC-03: a vital-capacity record holds at least one value.</summary>
    public static readonly DomainRule VcNotEmpty = new("VC-03", "must hold at least one trial in litres or % predicted");
    /// <summary>STR-01: an MRC grade is 0–5.</summary>
    public static readonly DomainRule MrcGradeRange = new("STR-01", "must be an MRC grade from 0 to 5");
    /// <summary>STR-02: a dynamometry force is positive and at most 1000 N.</summary>
    public static readonly DomainRule HhdForceRange = new("STR-02", "must be more than 0 and at most 1000 newtons");
    /// <summary>VS-01: weight is 20–350 kg.</summary>
    public static readonly DomainRule WeightRange = new("VS-01", "must be between 20 and 350 kg");
    /// <summary>VS-02: height is 100–250 cm.</summary>
    public static readonly DomainRule HeightRange = new("VS-02", "must be between 100 and 250 cm");
    /// <summary>VS-03: a vital-signs record holds a weight or a height.</summary>
    public static readonly DomainRule VitalSignsNotEmpty = new("VS-03", "must hold a weight or a height");
    /// <summary>ALSAQ-01: an ALSAQ item is 0–4.</summary>
    public static readonly DomainRule AlsaqItemRange = new("ALSAQ-01", "must be an integer from 0 to 4");
    /// <summary>ALSAQ-02: the number of items matches the form (40 or 5).</summary>
    public static readonly DomainRule AlsaqItemCount = new("ALSAQ-02", "must hold exactly the form's number of items (40 for ALSAQ-40, 5 for ALSAQ-5)");
    /// <summary>BIO-01: a biomarker value is a finite number.</summary>
    public static readonly DomainRule BiomarkerValueFinite = new("BIO-01", "must be a finite number");

    // Cell therapy
    /// <summary>CP-01: viability is 0–100 %.</summary>
    public static readonly DomainRule ViabilityRange = new("CP-01", "must be from 0 to 100 %");
    /// <summary>CP-02: an autologous product names its donor patient; an allogeneic one does not.</summary>
    public static readonly DomainRule AutologousDonor = new("CP-02", "must name the donor patient for an autologous product, and only then");
    /// <summary>CP-03: a lot number is unique within its study.</summary>
    public static readonly DomainRule LotUnique = new("CP-03", "must be unique within the study");
    /// <summary>ADM-01: a dose is positive and at most 10^12 cells (or cells/kg).</summary>
    public static readonly DomainRule DoseRange = new("ADM-01", "must be more than 0 and at most 1e12");
    /// <summary>ADM-02: the dose number in a series starts at 1.</summary>
    public static readonly DomainRule DoseNumberPositive = new("ADM-02", "must be 1 or more");
    /// <summary>ADM-03: a product is released on or before the day it is given.</summary>
    public static readonly DomainRule ReleasedBeforeAdministration = new("ADM-03", "must be on or after the product lot's release date");
    /// <summary>ADM-04: an autologous product is given only to its donor.</summary>
    public static readonly DomainRule AutologousToDonorOnly = new("ADM-04", "is an autologous lot of another patient");
    /// <summary>ADM-05: dose numbers are unique per patient.</summary>
    public static readonly DomainRule DoseNumberUnique = new("ADM-05", "must be unique for the patient");
    /// <summary>ADM-06: a product is given only after consent.</summary>
    public static readonly DomainRule AdministrationAfterConsent = new("ADM-06", "must be on or after the consent date");
    /// <summary>ADM-07: dose numbers follow the order of administration dates.</summary>
    public static readonly DomainRule DoseNumbersInDateOrder = new("ADM-07", "must follow the order of administration dates");

    // Adverse events
    /// <summary>AE-01: a CTCAE grade is 1–5.</summary>
    public static readonly DomainRule CtcaeGradeRange = new("AE-01", "must be a CTCAE grade from 1 to 5");
    /// <summary>AE-02: resolution is on or after onset.</summary>
    public static readonly DomainRule AeResolutionAfterOnset = new("AE-02", "must be on or after the onset date");
    /// <summary>AE-03: a serious event has at least one seriousness criterion, and only a serious event has any.</summary>
    public static readonly DomainRule SeriousNeedsCriteria = new("AE-03", "must agree with the serious flag (serious events need at least one criterion; non-serious events have none)");
    /// <summary>AE-04: a grade-5 event has the outcome fatal, and a fatal outcome is grade 5.</summary>
    public static readonly DomainRule GradeFiveIsFatal = new("AE-04", "must agree with the CTCAE grade (grade 5 is death related to the event; outcome fatal)");
    /// <summary>AE-05: a grade-5 event needs the patient's death recorded on the event's end date.</summary>
    public static readonly DomainRule GradeFiveNeedsDeath = new("AE-05", "needs a recorded death on the event's resolution date");
    /// <summary>AE-06: the administration an event followed belongs to the patient and precedes the onset.</summary>
    public static readonly DomainRule AeFollowsAdministration = new("AE-06", "must be an administration of the same patient on or before the event's onset");
    /// <summary>AE-07: a grade-5 event has a resolution (death) date.</summary>
    public static readonly DomainRule GradeFiveNeedsDate = new("AE-07", "is required for a grade-5 event (the date of death)");
    /// <summary>AE-08: a grade-5 event is serious with the criterion "results in death" (ICH E2A).</summary>
    public static readonly DomainRule GradeFiveIsSerious = new("AE-08", "must include 'results in death' for a grade-5 event (ICH E2A: an event that results in death is serious)");

    // Medications and events
    /// <summary>MED-01: a medication stops on or after it starts.</summary>
    public static readonly DomainRule MedicationStopAfterStart = new("MED-01", "must be on or after the start date");
    /// <summary>EVT-01: NIV hours per day are 0–24 and given only for NIV usage.</summary>
    public static readonly DomainRule NivHoursRange = new("EVT-01", "must be from 0 to 24 hours per day, and only for NIV usage");
    /// <summary>EVT-02: an NIV usage interval has an end date on or after its start.</summary>
    public static readonly DomainRule NivIntervalOrdered = new("EVT-02", "must be given for NIV usage and be on or after the start date");
    /// <summary>EVT-03: a patient dies at most once.</summary>
    public static readonly DomainRule SingleDeath = new("EVT-03", "must be recorded once only");
    /// <summary>EVT-04: only a death carries a cause of death.</summary>
    public static readonly DomainRule CauseOnlyForDeath = new("EVT-04", "applies to death events only");

    // Cross-record
    /// <summary>XR-01: nothing is dated after the patient's death.</summary>
    public static readonly DomainRule NothingAfterDeath = new("XR-01", "must not be after the patient's death");

    /// <summary>Every rule, for documentation and look-up by id.</summary>
    public static IReadOnlyList<DomainRule> All { get; } =
        typeof(DomainRules).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DomainRule))
            .Select(f => (DomainRule)f.GetValue(null)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
}
