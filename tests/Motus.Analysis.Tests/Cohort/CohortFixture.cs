using System.Text.Json;
using Motus.Domain.Events;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Testing;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>
/// The synthetic two-arm cohort of tests/fixtures/r/analysis/make.R, rebuilt as domain records (days are counted from
/// the fixture's anchor date), with R's reference results.
/// </summary>
internal static class CohortFixture
{
    private static readonly Lazy<JsonElement> Json = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root(), "tests", "fixtures", "r", "analysis", "cohort.json"))).RootElement.Clone());

    public static JsonElement Root => Json.Value;

    public static JsonElement Get(string name) => Root.GetProperty(name);

    public static IReadOnlyList<PatientRecord> Patients()
    {
        var anchor = DateOnly.Parse(Root.GetProperty("anchor").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        DateOnly Day(JsonElement e) => anchor.AddDays(e.GetInt32());
        var list = new List<PatientRecord>();
        foreach (var p in Root.GetProperty("patients").EnumerateArray())
        {
            var arm = p.GetProperty("arm");
            var t = TestPatient.Create(p.GetProperty("code").GetString()!, arm.ValueKind == JsonValueKind.Null ? null : arm.GetString(),
                Day(p.GetProperty("enrol")), Day(p.GetProperty("onset")), Day(p.GetProperty("diagnosis")),
                p.GetProperty("male").GetInt32() == 1 ? Sex.Male : Sex.Female, p.GetProperty("yob").GetInt32(),
                p.GetProperty("bulbar").GetInt32() == 1 ? OnsetRegion.Bulbar : OnsetRegion.LowerLimb);
            var v = p.GetProperty("visits");
            var days = v.GetProperty("day").EnumerateArray().ToList();
            var totals = v.GetProperty("total").EnumerateArray().ToList();
            var deleted = v.GetProperty("deleted").EnumerateArray().ToList();
            for (var i = 0; i < days.Count; i++)
            {
                t.Alsfrs(Day(days[i]), totals[i].GetInt32());
                if (deleted[i].GetBoolean())
                {
                    t.DeleteLast();
                }
            }

            if (p.GetProperty("trach").ValueKind != JsonValueKind.Null)
            {
                t.Event(ClinicalEventKind.Tracheostomy, Day(p.GetProperty("trach")));
            }

            if (p.GetProperty("death").ValueKind != JsonValueKind.Null)
            {
                t.Death(Day(p.GetProperty("death")));
            }

            list.Add(t.Build());
        }

        return list;
    }

    public static double[] Doubles(this JsonElement e) =>
        e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? double.NaN : x.GetDouble()).ToArray();

    public static double? NullableDouble(this JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();
}
