using Motus.Domain.Events;
using Motus.Domain.Records;
using Motus.Domain.Studies;
using Motus.Simulation.NaturalHistory;
using Motus.Simulation.NaturalHistory.Mapping;

namespace Motus.Simulation.Tests.NaturalHistory;

public sealed class SimulatedPatientMapperTests
{
    private static readonly DateOnly Enrolment = new(2020, 3, 1);
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void ToRecord_LeadInCohort_EveryRecordValidAndFaithful()
    {
        var study = Study.Create("Sim", "SIM", [new ArmPlan("A", "A")], []).Value;
        var site = Site.Create(study.Id, "S1", "Site").Value;
        var cohort = new NaturalHistoryGenerator(schedule: VisitSchedule.Regular(1, 12, leadInMonths: 3)).GenerateCohort(1000, 2);

        foreach (var p in cohort)
        {
            var record = SimulatedPatientMapper.ToRecord(p, study, site, $"P{p.Index}", Enrolment, Today, "A");

            Assert.Empty(PatientRecordRules.Check(record));
            Assert.Equal(p.VisitCount, record.Alsfrs.Count);
            for (var v = 0; v < p.VisitCount; v++)
            {
                var details = record.Alsfrs[v].Details;
                Assert.Equal(Enrolment.AddDays(p.VisitDays[v]), details.Date);
                Assert.Equal(p.Total(v), details.Total);
                Assert.Equal(p.HasGastrostomyAt(v), details.Q5bCuttingGastrostomy is not null);
                Assert.Equal(p.FvcPercent[v], record.VitalCapacity[v].Details.Trial1Percent);
            }

            Assert.Equal(p.TerminalEventObserved, record.Events.Any(e => e.Details.Kind is ClinicalEventKind.Death or ClinicalEventKind.Tracheostomy));
            Assert.Equal(Enrolment.AddDays(p.OnsetDay), record.Patient.Details.OnsetDate);
        }
    }
}
