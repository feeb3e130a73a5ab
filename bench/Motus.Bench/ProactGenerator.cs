using Motus.Domain.Assessments;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Domain.Studies;

namespace Motus.Bench;

/// <summary>
/// A deliberately simple generator of PRO-ACT-shaped synthetic cohorts for benchmarks and the demo: linear
/// ALSFRS-R decline (mean 0.9 points/month, SD 0.6) spread over the items by onset region, monthly visits with
/// jitter and dropout, FVC, weight, adverse events, riluzole, two arms, deaths when function is exhausted.
/// It is NOT the calibrated natural-history model (that is Motus.Simulation); it only produces realistic volumes and
/// valid data. Seeded: the same seed gives the same folder.
/// </summary>
public sealed class ProactGenerator(int seed)
{
    private static readonly DateOnly Anchor = new(2000, 1, 1);
    private static readonly string[] AeTerms = ["Headache", "Back pain", "Pyrexia", "Nausea", "Fall", "Upper respiratory tract infection", "Constipation", "Fatigue"];
    private readonly Random _random = new(seed);

    /// <summary>Generates <paramref name="patients"/> patients and writes the PRO-ACT forms into <paramref name="directory"/>.</summary>
    public (Study Study, List<PatientRecord> Records) Generate(int patients)
    {
        var study = Study.Create("Synthetic PRO-ACT-like cohort", "SYNTH", [new ArmPlan("Active", "Active"), new ArmPlan("Placebo", "Placebo")], [], Anchor).Value;
        var site = Site.Create(study.Id, "SYNTH", "Synthetic").Value;
        var today = new DateOnly(2026, 1, 1);
        var records = new List<PatientRecord>(patients);
        for (var i = 0; i < patients; i++)
        {
            records.Add(OnePatient(study, site, i, today));
        }

        return (study, records);
    }

    private PatientRecord OnePatient(Study study, Site site, int index, DateOnly today)
    {
        var bulbar = _random.NextDouble() < 0.3;
        var onsetDay = -(int)Math.Clamp(Normal(420, 200), 90, 1500);
        var diagnosisDay = Math.Min(-1, onsetDay + (int)Math.Clamp(Normal(330, 150), 20, 1200));
        var age = (int)Math.Clamp(Normal(57, 11), 25, 85);
        var details = new PatientDetails
        {
            Code = $"S{index + 1:D6}",
            Sex = _random.NextDouble() < 0.6 ? Sex.Male : Sex.Female,
            YearOfBirth = Anchor.Year - age,
            OnsetDate = Anchor.AddDays(onsetDay),
            OnsetRegion = bulbar ? OnsetRegion.Bulbar : OnsetRegion.Limb,
            DiagnosisDate = Anchor.AddDays(diagnosisDay),
            ArmCode = _random.NextDouble() < 0.5 ? "Active" : "Placebo",
            RiluzoleAtBaseline = _random.NextDouble() < 0.8,
            RiluzoleReportDate = Anchor,
        };
        var patient = Patient.Create(study.Id, site.Id, details, today).Value;
        // Points per month; capped so that every patient is alive with some function at enrolment (day 0).
        var rate = Math.Min(Math.Max(0.05, Normal(0.9, 0.6)), 30 / (-onsetDay / 30.4375));
        var visits = 1 + (int)Math.Min(12, -Math.Log(1 - _random.NextDouble()) * 4.5);
        var alsfrs = new List<AlsfrsAssessment>();
        var fvc = new List<VitalCapacityTest>();
        var vitals = new List<VitalSigns>();
        var events = new List<ClinicalEvent>();
        var weight = Math.Clamp(Normal(75, 12), 45, 140);
        int? deathDay = null;
        var day = 0;
        for (var v = 0; v < visits; v++)
        {
            var months = (day - onsetDay) / 30.4375;
            var loss = rate * months;
            if (loss > 40)
            {
                deathDay = day - _random.Next(1, 20);
                break;
            }

            alsfrs.Add(AlsfrsAssessment.Create(patient.Id, Rating(Anchor.AddDays(day), loss, bulbar), today).Value);
            fvc.Add(VitalCapacityTest.Create(patient.Id, new VitalCapacityDetails
            {
                Date = Anchor.AddDays(day),
                Trial1Percent = Math.Round(Math.Clamp(Normal(100 - (2.2 * loss), 8), 12, 140), 1),
                Trial1Litres = Math.Round(Math.Clamp(Normal(4 - (0.08 * loss), 0.3), 0.4, 6.5), 2),
            }, today).Value);
            vitals.Add(VitalSigns.Create(patient.Id, new VitalSignsDetails { Date = Anchor.AddDays(day), WeightKg = Math.Round(Math.Max(30, weight - (0.15 * loss)), 1) }, today).Value);
            day += 30 + _random.Next(-5, 6);
        }

        if (deathDay is { } d && d > (alsfrs.Count == 0 ? int.MinValue : (alsfrs[^1].Details.Date.DayNumber - Anchor.DayNumber)))
        {
            events.Add(ClinicalEvent.Create(patient.Id, new ClinicalEventDetails { Kind = ClinicalEventKind.Death, Date = Anchor.AddDays(d) }, today).Value);
        }

        var lastDay = alsfrs.Count == 0 ? 0 : alsfrs[^1].Details.Date.DayNumber - Anchor.DayNumber;
        var aes = new List<AdverseEvent>();
        for (var k = Poisson(1.5); k > 0; k--)
        {
            var start = _random.Next(0, lastDay + 1);
            var term = AeTerms[_random.Next(AeTerms.Length)];
            if (aes.Exists(e => e.Details.VerbatimTerm == term && e.Details.OnsetDate == Anchor.AddDays(start)))
            {
                continue; // the same event twice on one day would be a duplicate row
            }

            aes.Add(AdverseEvent.Create(patient.Id, new AdverseEventDetails
            {
                VerbatimTerm = term,
                MeddraPreferredTerm = term,
                Grade = CtcaeGrade.From(1 + _random.Next(3)),
                OnsetDate = Anchor.AddDays(start),
                ResolutionDate = Anchor.AddDays(Math.Min(lastDay, start + _random.Next(1, 15))),
                Outcome = AeOutcome.Recovered,
            }, today).Value);
        }

        var meds = new List<ConcomitantMedication>();
        if (details.RiluzoleAtBaseline == true)
        {
            meds.Add(ConcomitantMedication.Create(patient.Id, new MedicationDetails
            {
                Kind = MedicationKind.Riluzole,
                Name = "Riluzole",
                StartDate = Anchor.AddDays(diagnosisDay + 30),
                Dose = "50",
                Unit = "mg",
                Frequency = "BID",
                Route = "Oral",
            }, today).Value);
        }

        return new PatientRecord { Patient = patient, Study = study, Alsfrs = alsfrs, VitalCapacity = fvc, VitalSigns = vitals, Events = events, AdverseEvents = aes, Medications = meds };
    }

    private AlsfrsDetails Rating(DateOnly date, double loss, bool bulbar)
    {
        // Loss is shared out over the four domains; the onset domain loses first and fastest.
        double[] weights = bulbar ? [0.45, 0.2, 0.2, 0.15] : [0.15, 0.35, 0.35, 0.15];
        var items = new int[12];
        for (var domain = 0; domain < 4; domain++)
        {
            var domainLoss = loss * weights[domain];
            for (var k = 0; k < 3; k++)
            {
                var itemLoss = (domainLoss / 3) + Normal(0, 0.35);
                items[(domain * 3) + k] = Math.Clamp((int)Math.Round(4 - itemLoss), 0, 4);
            }
        }

        var gastrostomy = items[2] <= 1;
        return new AlsfrsDetails
        {
            Date = date,
            Scale = AlsfrsScale.AlsfrsR,
            Q1Speech = items[0],
            Q2Salivation = items[1],
            Q3Swallowing = items[2],
            Q4Handwriting = items[3],
            Q5aCutting = gastrostomy ? null : items[4],
            Q5bCuttingGastrostomy = gastrostomy ? items[4] : null,
            Gastrostomy = gastrostomy,
            Q6Dressing = items[5],
            Q7Turning = items[6],
            Q8Walking = items[7],
            Q9Stairs = items[8],
            R1Dyspnea = items[9],
            R2Orthopnea = items[10],
            R3RespiratoryInsufficiency = items[11],
            Mode = AdministrationMode.Clinic,
            Respondent = Respondent.Patient,
        };
    }

    private double Normal(double mean, double sd) =>
        mean + (sd * Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble()));

    private int Poisson(double lambda)
    {
        var l = Math.Exp(-lambda);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= _random.NextDouble();
        }
        while (p > l);
        return k - 1;
    }
}
