using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Domain.Studies;
using Motus.Domain.Validation;
using Motus.Simulation.Common;
using Motus.Simulation.NaturalHistory;
using Motus.Simulation.NaturalHistory.Mapping;
using Motus.Simulation.Randomisation;

namespace Motus.Application.Simulation;

/// <summary>Builds the demo study in memory: screening, randomisation, dosing and adverse events (see <see cref="CreateDemoStudy"/>).</summary>
internal static class DemoStudyBuilder
{
    public const string ActiveArm = "Active";
    public const string PlaceboArm = "Placebo";
    private static readonly int[] DoseDays = [0, 56, 112]; // weeks 0, 8, 16
    private const double CellsPerDose = 125e6; // NurOwn phase 3: 100–125 × 10^6 cells per injection (stemcell-trials.csv, Cudkowicz2022)

    public sealed record Built(Study Study, Site Site, List<PatientRecord> Records, int Screened, string Method);

    public static Built Build(CreateDemoStudyRequest request, TreatmentEffect effect, DateOnly today, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
        var schedule = VisitSchedule.Regular(1, 12, leadInMonths: 3);
        var generator = new NaturalHistoryGenerator(NaturalHistoryParameters.Default, schedule);
        var visits = schedule.PlannedMonths.Select(m => new VisitPlan(m < 0 ? $"Lead-in M{-m:0}" : $"Month {m:0}", (int)Math.Round(m * SimulatedPatient.DaysPerMonth), 7, 7));
        var study = Study.Create("Demo: autologous MSC-NTF-like cells, intrathecal, randomised sham-controlled (simulated data)", request.ProtocolId,
            [new ArmPlan(ActiveArm, "MSC-NTF-like cells, intrathecal, weeks 0/8/16"), new ArmPlan(PlaceboArm, "Sham intrathecal procedure, weeks 0/8/16")], visits);
        if (!study.IsValid)
        {
            throw new MotusException(string.Join("; ", study.Violations.Select(v => v.Message)));
        }

        var site = Site.Create(study.Value.Id, "DEMO", "Demo site (simulated)").Value;
        // The same permuted-block randomisation that `motus design randomize` writes: 1:1, blocks of 4, one stratum.
        var allocation = PermutedBlocks.Generate(new BlockRandomisationOptions(
            new ArmAllocation([ActiveArm, PlaceboArm], [1, 1]), [4], [], request.Patients, unchecked((long)(request.Seed ^ 0x5EED_DE30UL))));
        var safety = new RandomStream(request.Seed ^ 0xAE00_0001UL);
        var records = new List<PatientRecord>(request.Patients);
        var screened = 0;
        for (var index = 0; records.Count < request.Patients; index++)
        {
            ct.ThrowIfCancellationRequested();
            screened++;
            if (screened > 100 * request.Patients)
            {
                throw new MotusException("The entry criteria admit too few simulated patients.");
            }

            var candidate = generator.Generate(RandomStream.ForReplicate(request.Seed, index), index);
            if (!Eligible(candidate))
            {
                continue;
            }

            var arm = allocation.Entries[records.Count].Arm;
            // The same index gives the same patient up to enrolment, so eligibility holds for the treated copy too.
            var patient = arm == ActiveArm && !effect.IsNone ? generator.Generate(RandomStream.ForReplicate(request.Seed, index), index, effect) : candidate;
            var enrolment = CreateDemoStudy.FirstEnrolment.AddDays(records.Count * 365 / request.Patients);
            var code = $"D{records.Count + 1:D4}";
            var record = SimulatedPatientMapper.ToRecord(patient, study.Value, site, code, enrolment, today, arm);
            var treated = Treat(record, patient, arm, enrolment, safety, today);
            var broken = PatientRecordRules.Check(treated);
            if (broken.Count > 0)
            {
                throw new InvalidOperationException($"Demo patient {code} broke a cross-record rule: {string.Join("; ", broken.Select(v => v.Message))}");
            }

            records.Add(treated);
            progress?.Report(new DemoProgress("Simulating patients", records.Count, request.Patients));
        }

        var method = FormattableString.Invariant(
            $"{SimulateCohort.Method(generator, request.Seed)}. Entry: ALSFRS-R ≥ 25, FVC ≥ 65% and ≤ 24 months since onset at enrolment [U]. Randomised 1:1, permuted blocks of 4. Active: autologous MSC-NTF-like cells, {CellsPerDose:0.###e0} cells intrathecally at weeks 0, 8, 16; Placebo: sham intrathecal procedure on the same days (no administration record). True effect: slope multiplier {request.SlopeMultiplier}, hazard ratio {request.HazardRatio}. AEs per procedure: headache 7.10%, fever 7.88% (active only), back pain 7.30% (Stem Cells Int 2019, doi:10.1155/2019/8421281; per-procedure reading [U]).");
        return new Built(study.Value, site, records, screened, method);
    }

    private static bool Eligible(SimulatedPatient p)
    {
        var v = p.EnrolmentVisit;
        return p.Total(v) >= 25 && p.FvcPercent[v] >= 65 && -p.OnsetDay <= 24 * SimulatedPatient.DaysPerMonth;
    }

    private static PatientRecord Treat(PatientRecord record, SimulatedPatient p, string arm, DateOnly enrolment, RandomStream rng, DateOnly today)
    {
        var patientId = record.Patient.Id;
        var lastDay = Math.Min(p.VisitDays[^1], p.TerminalEventDay - 10);
        CellProduct? product = null;
        var administrations = new List<Administration>();
        var adverse = new List<AdverseEvent>();
        if (arm == ActiveArm)
        {
            product = Valid(CellProduct.Create(record.Patient.StudyId, new CellProductDetails
            {
                Lot = $"{record.Patient.Code}-L1",
                Name = "Autologous MSC-NTF-like cells (simulated)",
                Type = CellType.MscNtf,
                Source = TissueSource.BoneMarrow,
                Origin = CellOrigin.Autologous,
                DonorPatientId = patientId,
                ViabilityPercent = 90,
                ReleaseDate = enrolment.AddDays(-1),
            }, today));
        }

        for (var k = 0; k < DoseDays.Length && DoseDays[k] <= lastDay; k++)
        {
            var date = enrolment.AddDays(DoseDays[k]);
            Administration? administration = null;
            if (product is not null)
            {
                administration = Valid(Administration.Create(patientId, new AdministrationDetails
                {
                    Date = date,
                    CellProductId = product.Id,
                    Route = AdministrationRoute.Intrathecal,
                    DoseAmount = CellsPerDose,
                    DoseUnit = DoseUnit.Cells,
                    DoseNumber = k + 1,
                }, today));
                administrations.Add(administration);
            }

            foreach (var (term, category, active, sham, cellRelated) in DemoSafetyRates.Events)
            {
                if (rng.NextDouble() >= (product is null ? sham : active))
                {
                    continue;
                }

                var onset = date.AddDays(rng.NextInt(3));
                adverse.Add(Valid(AdverseEvent.Create(patientId, new AdverseEventDetails
                {
                    VerbatimTerm = term,
                    MeddraPreferredTerm = term,
                    Category = category,
                    Grade = CtcaeGrade.From(rng.NextDouble() < 0.8 ? 1 : 2),
                    RelatednessToProduct = product is null ? Relatedness.Unrelated : cellRelated ? Relatedness.Possible : Relatedness.Unlikely,
                    RelatednessToProcedure = Relatedness.Probable,
                    Expectedness = Expectedness.Expected,
                    OnsetDate = onset,
                    ResolutionDate = onset.AddDays(1 + rng.NextInt(7)),
                    Outcome = AeOutcome.Recovered,
                    AdministrationId = administration?.Id,
                }, today)));
            }
        }

        return record with
        {
            Administrations = administrations,
            AdverseEvents = adverse,
            Products = product is null ? new Dictionary<CellProductId, CellProduct>() : new Dictionary<CellProductId, CellProduct> { [product.Id] = product },
        };
    }

    private static T Valid<T>(Validated<T> result)
        where T : class =>
        result.IsValid ? result.Value : throw new InvalidOperationException($"Demo data broke a domain rule: {string.Join("; ", result.Violations.Select(v => v.Message))}");
}
