using System.Text.Json;

namespace Motus.Cli.Tests.Analyze;

/// <summary><c>analyze responders|safety</c> on the imported demo (no administrations), checked against the PRO-ACT files by hand.</summary>
[Collection(DemoCollection.Name)]
public sealed class AnalyzeStudyCommandsTests(DemoCli demo)
{
    [Fact]
    public async Task Responders_NoAdministrations_NobodyEvaluableButNullsStillListed()
    {
        var json = await demo.AnalyzeAsync("responders", "--json");
        var text = await demo.AnalyzeAsync("responders");

        Assert.Equal(0, json.ExitCode);
        var result = JsonDocument.Parse(json.Out).RootElement.GetProperty("result");
        var rate = result.GetProperty("rate");
        Assert.Equal(0, rate.GetProperty("evaluable").GetInt32());
        Assert.Equal(60, rate.GetProperty("notEvaluable").GetInt32());
        Assert.Equal(JsonValueKind.Null, rate.GetProperty("rate").ValueKind);
        Assert.All(rate.GetProperty("patients").EnumerateArray(),
            p => Assert.Equal("no current administration with dose number 1", p.GetProperty("reason").GetString()));
        var nulls = result.GetProperty("naturalHistoryNulls").EnumerateArray().ToList();
        Assert.Equal(8, nulls.Count);
        Assert.Equal(0.277, nulls[0].GetProperty("rate").GetDouble());
        Assert.Contains("NurOwn phase 3 placebo", text.Out, StringComparison.Ordinal);
        Assert.Contains("Bedlack 2016 reversal, 180 days", text.Out, StringComparison.Ordinal);
        Assert.Contains("no rate", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responders_Threshold_IsAPercentInTheMethod()
    {
        var run = await demo.AnalyzeAsync("responders", "--threshold", "50", "--json");

        var method = JsonDocument.Parse(run.Out).RootElement.GetProperty("result").GetProperty("rate").GetProperty("method").GetString();
        Assert.StartsWith("Slope responder: (post − pre)/|pre| ≥ 0.5 ", method, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Safety_Json_OverviewCountsEqualTheAdverseEventFileByHand()
    {
        var run = await demo.AnalyzeAsync("safety", "--json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Out).RootElement.GetProperty("result");
        var events = DemoCsv.Rows("ADVERSEEVENTS");
        var any = result.GetProperty("overview").EnumerateArray()
            .Single(o => o.GetProperty("arm").GetString() == "(all)" && o.GetProperty("measure").GetString() == "Any adverse event");
        Assert.Equal(events.Select(e => e["subject_id"]).Distinct().Count(), any.GetProperty("patients").GetProperty("count").GetInt32());
        Assert.Equal(60, any.GetProperty("patients").GetProperty("total").GetInt32());
        Assert.Equal(events.Count, any.GetProperty("events").GetInt32());
        var active = result.GetProperty("overview").EnumerateArray()
            .Single(o => o.GetProperty("arm").GetString() == "Active" && o.GetProperty("measure").GetString() == "Any adverse event");
        Assert.Equal(events.Where(e => DemoCsv.Arm(e["subject_id"]) == "Active").Select(e => e["subject_id"]).Distinct().Count(),
            active.GetProperty("patients").GetProperty("count").GetInt32());
        Assert.Equal(DemoCsv.Deaths().Select(d => d.Subject).Order(StringComparer.Ordinal),
            result.GetProperty("deaths").EnumerateArray().Select(d => d.GetProperty("patientCode").GetString()));
    }

    [Fact]
    public async Task Safety_Table_PrintsMethodAndNoAdministrationNote()
    {
        var run = await demo.AnalyzeAsync("safety", "--window", "treatment-emergent");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Per administration: no administration recorded.", run.Out, StringComparison.Ordinal);
        Assert.Contains("Method: Safety population: all patients; events: treatment-emergent events", run.Out, StringComparison.Ordinal);
    }
}
