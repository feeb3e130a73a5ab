using System.Globalization;
using System.Text.Json;
using Motus.Analysis.Prognosis;

namespace Motus.Cli.Tests.Analyze;

/// <summary>
/// <c>analyze staging|slopes|progression|prognosis</c> on the imported demo, checked against values computed here from the
/// PRO-ACT files by hand (staging rules, least squares, ΔFS) or with the Analysis API on directly loaded records.
/// Numbers at 1e-9 (JSON round-trips doubles exactly; the slack covers summation order).
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class AnalyzePatientCommandsTests(DemoCli demo)
{
    private const int Digits = 9;

    [Fact]
    public async Task Staging_PatientFirstRating_KingsAndMitosFromItemsByHand()
    {
        var run = await demo.AnalyzeAsync("staging", "--patient", "S000001", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("S000001", root.GetProperty("patient").GetString());
        var points = root.GetProperty("result")[0].GetProperty("points");
        var first = DemoCsv.Alsfrs("S000001")[0].Items;
        // King's (Balendra mapping): 4B when R1 = 0 or R3 < 4, before anything else. MiToS: domains with loss of independence.
        var respiratory = first["R_1_Dyspnea"] == 0 || first["R_3_Respiratory_Insufficiency"] < 4;
        var mitos = new[]
        {
            first["Q8_Walking"] <= 1 || first["Q6_Dressing_and_Hygiene"] <= 1,
            first["Q3_Swallowing"] <= 1,
            first["Q1_Speech"] <= 1 && first["Q4_Handwriting"] <= 1,
            first["R_1_Dyspnea"] <= 1 || first["R_3_Respiratory_Insufficiency"] <= 2,
        }.Count(lost => lost);
        Assert.True(respiratory);
        Assert.Equal("2000-01-01", points[0].GetProperty("date").GetString());
        Assert.Equal("4B", points[0].GetProperty("kings").GetProperty("label").GetString());
        Assert.True(points[0].GetProperty("kings").GetProperty("respiratoryFailure").GetBoolean());
        Assert.Equal(mitos, points[0].GetProperty("mitos").GetProperty("stage").GetInt32());
        Assert.Equal(DemoCsv.Alsfrs("S000001").Count, points.GetArrayLength());
        var days = DemoCsv.Alsfrs("S000001")[^1].Day - DemoCsv.Alsfrs("S000001")[0].Day;
        Assert.Equal(days, root.GetProperty("result")[0].GetProperty("kingsDurations")[0].GetProperty("days").GetInt32());
    }

    [Fact]
    public async Task Staging_WholeStudyTable_OneRowPerPatientAndMethodLine()
    {
        var run = await demo.AnalyzeAsync("staging");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Study PROACT (dates shifted", run.Out, StringComparison.Ordinal);
        Assert.Equal(60, run.Out.Split('\n').Count(l => l.Contains("│ S0000", StringComparison.Ordinal)));
        Assert.Contains("Method: King's stage from ALSFRS-R", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slopes_Json_PatientSlopeEqualsDirectLeastSquaresAndCountsByHand()
    {
        var run = await demo.AnalyzeAsync("slopes", "--json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Out).RootElement.GetProperty("result");
        var ratings = DemoCsv.Alsfrs("S000003");
        var expected = DemoCsv.Slope([.. ratings.Select(r => (r.Day - ratings[0].Day) / 30.4375)], [.. ratings.Select(r => (double)r.Total)]);
        var row = result.GetProperty("patients").EnumerateArray().Single(p => p.GetProperty("patientCode").GetString() == "S000003");
        Assert.Equal(expected, row.GetProperty("estimate").GetProperty("slope").GetDouble(), Digits);
        Assert.Equal("Placebo", row.GetProperty("arm").GetString());
        var withTwoDates = DemoCsv.Rows("ALSFRS").GroupBy(r => r["subject_id"]).Count(g => g.Select(r => r["ALSFRS_Delta"]).Distinct().Count() >= 2);
        Assert.Equal(withTwoDates, result.GetProperty("summary").GetProperty("estimable").GetInt32());
        Assert.Equal(60, result.GetProperty("summary").GetProperty("patients").GetInt32());
    }

    [Fact]
    public async Task Slopes_OutFile_EveryPatientWithSlope()
    {
        var path = Path.Combine(Path.GetTempPath(), $"motus-analyze-slopes-{Guid.NewGuid():N}.csv");
        try
        {
            var run = await demo.AnalyzeAsync("slopes", "--from", "2000-01-01", "--to", "2000-12-31", "--out", path);

            Assert.Equal(0, run.ExitCode);
            var lines = File.ReadAllLines(path);
            Assert.Equal(61, lines.Length);
            Assert.StartsWith("patient,arm,n,slope,se,", lines[0], StringComparison.Ordinal);
            var ratings = DemoCsv.Alsfrs("S000003");
            var expected = DemoCsv.Slope([.. ratings.Select(r => (r.Day - ratings[0].Day) / 30.4375)], [.. ratings.Select(r => (double)r.Total)]);
            var cells = lines.Single(l => l.StartsWith("S000003,", StringComparison.Ordinal)).Split(',');
            Assert.Equal(expected, double.Parse(cells[3], CultureInfo.InvariantCulture), Digits);
            Assert.Contains($"Wrote 60 patient(s) to {path}", run.Out, StringComparison.Ordinal);
            Assert.Contains("Ratings: 2000-01-01 to 2000-12-31", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Slopes_ToBeforeFrom_ExitsOne()
    {
        var run = await demo.AnalyzeAsync("slopes", "--from", "2000-06-01", "--to", "2000-01-01");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--to 2000-01-01 is before --from 2000-06-01", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progression_Json_DeltaFsAtEveryRatingByHand()
    {
        var run = await demo.AnalyzeAsync("progression", "--patient", "S000003", "--json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Out).RootElement.GetProperty("result");
        var onset = DemoCsv.Onset("S000003");
        var ratings = DemoCsv.Alsfrs("S000003");
        var dfs = result.GetProperty("deltaFs");
        Assert.Equal(ratings.Count, dfs.GetArrayLength());
        for (var i = 0; i < ratings.Count; i++)
        {
            var months = (DemoCsv.DayZero.AddDays(ratings[i].Day).DayNumber - onset.DayNumber) / 30.4375;
            Assert.Equal((48 - ratings[i].Total) / months, dfs[i].GetProperty("value").GetDouble(), Digits);
        }

        Assert.Equal(JsonValueKind.Null, result.GetProperty("prePost").ValueKind);
        Assert.Equal("No current administration with dose number 1: no pre/post comparison.", result.GetProperty("prePostNote").GetString());
        Assert.True(result.GetProperty("d50").GetProperty("d50").GetDouble() > 0);
    }

    [Fact]
    public async Task Progression_NoPatientOption_ExitsOne()
    {
        var run = await demo.AnalyzeAsync("progression");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--patient", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prognosis_Json_ErrorsEqualAnalysisApiAndCaveatAlwaysPresent()
    {
        var run = await demo.AnalyzeAsync("prognosis", "--json");
        var text = await demo.AnalyzeAsync("prognosis", "--patient", "S000010");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Out).RootElement.GetProperty("result");
        Assert.Contains("UNVERIFIED", result.GetProperty("caveat").GetString(), StringComparison.Ordinal);
        var records = await demo.RecordsAsync();
        var rows = result.GetProperty("patients").EnumerateArray().ToList();
        Assert.Equal(records.Count, rows.Count);
        foreach (var (record, row) in records.Zip(rows))
        {
            var expected = EncalsPatientPrediction.For(record);
            Assert.Equal(record.Patient.Code, row.GetProperty("patientCode").GetString());
            Assert.Equal(expected.Errors, row.GetProperty("encals").GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(JsonValueKind.Null, row.GetProperty("encals").GetProperty("prediction").ValueKind);
        }

        var lines = text.Out.TrimEnd().Split('\n');
        Assert.StartsWith("ENCALS and TRICALS coefficients come from public code", lines[0], StringComparison.Ordinal);
        Assert.Contains("UNVERIFIED", string.Join(" ", lines[^2..]), StringComparison.Ordinal);
    }
}
