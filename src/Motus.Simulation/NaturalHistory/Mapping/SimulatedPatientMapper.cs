using Motus.Domain.Assessments;
using Motus.Domain.Events;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Domain.Studies;
using Motus.Domain.Validation;

namespace Motus.Simulation.NaturalHistory.Mapping;

/// <summary>
/// Turns a <see cref="SimulatedPatient"/> into a domain <see cref="PatientRecord"/>: the patient (code, sex, year of birth,
/// onset, diagnosis, region, El Escorial category, C9orf72, FTD, riluzole, arm, enrolment and withdrawal dates), one
/// ALSFRS-R per visit (5b with the gastrostomy flag from the gastrostomy on), one FVC per visit, and the gastrostomy, NIV
/// start and terminal event (death or tracheostomy) when they fall within follow-up. Day d becomes
/// <c>enrolmentDate + d</c>.
/// </summary>
public static class SimulatedPatientMapper
{
    /// <summary>Maps one patient; every record is created through its domain factory and must be valid.</summary>
    /// <param name="patient">The simulated patient.</param>
    /// <param name="study">The study the patient belongs to.</param>
    /// <param name="site">The patient's site.</param>
    /// <param name="code">Patient code (letters, digits, '.', '_' or '-').</param>
    /// <param name="enrolmentDate">Calendar date of day 0.</param>
    /// <param name="today">Today, for the domain's date rules (every simulated date must be on or before it).</param>
    /// <param name="armCode">Arm code, or null when the study has no arms.</param>
    /// <exception cref="InvalidOperationException">A generated record breaks a domain rule (a generator bug).</exception>
    public static PatientRecord ToRecord(SimulatedPatient patient, Study study, Site site, string code, DateOnly enrolmentDate, DateOnly today, string? armCode = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(site);
        DateOnly Day(int day) => enrolmentDate.AddDays(day);
        var onset = Day(patient.OnsetDay);
        var lastFollowUp = patient.VisitDays[^1];
        var details = new PatientDetails
        {
            Code = code,
            Sex = patient.IsMale ? Sex.Male : Sex.Female,
            YearOfBirth = onset.AddDays(-(int)Math.Round(patient.AgeAtOnset * 365.25)).Year,
            OnsetDate = onset,
            OnsetRegion = patient.OnsetRegion,
            DiagnosisDate = Day(patient.DiagnosisDay),
            DiagnosticCategory = patient.DiagnosticCategory,
            Genetics = patient.C9orf72 ? GeneticFindings.C9orf72 : GeneticFindings.None,
            Ftd = patient.Ftd,
            ArmCode = armCode,
            ConsentDate = enrolmentDate,
            EnrolmentDate = enrolmentDate,
            WithdrawalDate = patient.DropoutDay is { } drop ? Day(drop) : null,
            RiluzoleAtBaseline = patient.Riluzole,
            RiluzoleReportDate = enrolmentDate,
        };
        var created = Patient.Create(study.Id, site.Id, details, today);
        var p = Valid(created, code);

        var alsfrs = new List<AlsfrsAssessment>(patient.VisitCount);
        var fvc = new List<VitalCapacityTest>(patient.VisitCount);
        for (var v = 0; v < patient.VisitCount; v++)
        {
            var items = patient.ItemsAt(v);
            var gastrostomy = patient.HasGastrostomyAt(v);
            var date = Day(patient.VisitDays[v]);
            var a = AlsfrsAssessment.Create(p.Id, new AlsfrsDetails
            {
                Date = date,
                Scale = AlsfrsScale.AlsfrsR,
                Q1Speech = items[0],
                Q2Salivation = items[1],
                Q3Swallowing = items[2],
                Q4Handwriting = items[3],
                Q5aCutting = gastrostomy ? null : items[4],
                Q5bCuttingGastrostomy = gastrostomy ? items[4] : null,
                Q6Dressing = items[5],
                Q7Turning = items[6],
                Q8Walking = items[7],
                Q9Stairs = items[8],
                R1Dyspnea = items[9],
                R2Orthopnea = items[10],
                R3RespiratoryInsufficiency = items[11],
                Gastrostomy = gastrostomy,
                Mode = AdministrationMode.Clinic,
                Respondent = Respondent.Patient,
            }, today);
            alsfrs.Add(Valid(a, code));
            var f = VitalCapacityTest.Create(p.Id, new VitalCapacityDetails { Date = date, Kind = VitalCapacityKind.Forced, Trial1Percent = patient.FvcPercent[v] }, today);
            fvc.Add(Valid(f, code));
        }

        var events = new List<ClinicalEvent>(3);
        if (patient.GastrostomyDay is { } g && g <= lastFollowUp)
        {
            events.Add(Event(p, ClinicalEventKind.Gastrostomy, Day(g), today, code));
        }

        if (patient.NivDay is { } n && n <= lastFollowUp)
        {
            events.Add(Event(p, ClinicalEventKind.NivStart, Day(n), today, code));
        }

        if (patient.TerminalEventObserved)
        {
            var kind = patient.TerminalEventKind == TerminalEventKind.Death ? ClinicalEventKind.Death : ClinicalEventKind.Tracheostomy;
            events.Add(Event(p, kind, Day(patient.TerminalEventDay), today, code));
        }

        return new PatientRecord { Patient = p, Study = study, Alsfrs = alsfrs, VitalCapacity = fvc, Events = events };
    }

    private static ClinicalEvent Event(Patient p, ClinicalEventKind kind, DateOnly date, DateOnly today, string code)
    {
        var e = ClinicalEvent.Create(p.Id, new ClinicalEventDetails { Kind = kind, Date = date }, today);
        return Valid(e, code);
    }

    private static T Valid<T>(Validated<T> result, string code)
        where T : class =>
        result.IsValid
            ? result.Value
            : throw new InvalidOperationException($"Simulated patient {code} broke a domain rule: {string.Join("; ", result.Violations.Select(v => v.Message))}");
}
