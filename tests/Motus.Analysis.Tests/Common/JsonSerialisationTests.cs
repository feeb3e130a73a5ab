using System.Text.Json;
using Motus.Analysis.Common;
using Motus.Analysis.Prognosis;
using Motus.Analysis.Progression;
using Motus.Analysis.Responders;
using Motus.Analysis.Staging;
using Motus.Domain.Records;
using Motus.Testing;

namespace Motus.Analysis.Tests.Common;

/// <summary>Every result serialises with System.Text.Json defaults (no NaN, no cycles) and carries its Method.</summary>
public sealed class JsonSerialisationTests
{
    private static readonly DateOnly Dose = new(2025, 3, 1);

    private static PatientRecord Record()
    {
        var patient = Builders.ValidPatient();
        return new PatientRecord
        {
            Patient = patient,
            Alsfrs = new[] { (-60, 44), (-30, 43), (0, 41), (30, 40), (60, 40) }.Select(v => TestRecords.Total(patient, Dose.AddDays(v.Item1), v.Item2)).ToList(),
            VitalCapacity = [Builders.ValidVitalCapacityTest(patient.Id, Builders.ValidVitalCapacityDetails(new DateOnly(2025, 1, 15)))],
        }.WithAdministration(Dose);
    }

    public static TheoryData<string> Results() => ["deltafs", "slope", "d50", "prepost", "responders", "staging", "encals", "tricals"];

    [Theory]
    [MemberData(nameof(Results))]
    public void Serialize_Result_HasMethodAndNoNaN(string which)
    {
        var r = Record();
        object result = which switch
        {
            "deltafs" => DeltaFs.AtEveryRating(r),
            "slope" => ProgressionSlope.Fit(r, DateWindow.All),
            "d50" => D50Model.Fit(r),
            "prepost" => PrePostSlopes.CompareAtDose(r)!,
            "responders" => ResponderAnalysis.Run([r]).WithSimulatedNull(new SimulatedNull(0.4, 1000, 7, "test")),
            "staging" => StagingTimeline.Build(r),
            "encals" => EncalsPatientPrediction.For(r, eventFreeAt: Dose),
            _ => TricalsWindow.Check(new EncalsPredictors(0.5, 10, 60, 90, false, false, false, null)),
        };

        var json = JsonSerializer.Serialize(result);

        Assert.Contains("\"Method\"", json);
        Assert.DoesNotContain("NaN", json);
    }
}
