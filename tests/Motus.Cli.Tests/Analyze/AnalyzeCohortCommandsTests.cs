using System.Text.Json;
using Motus.Analysis.Cafs;
using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Statistics.Survival;

namespace Motus.Cli.Tests.Analyze;

/// <summary>
/// <c>analyze endpoints|survival|cox|lmm|cafs</c> on the imported demo (no enrolment dates, so the clock is onset or
/// diagnosis), checked against the death file by hand and against the Analysis API on directly loaded records (1e-9).
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class AnalyzeCohortCommandsTests(DemoCli demo)
{
    private const int Digits = 9;

    [Fact]
    public async Task Endpoints_OnsetOrigin_DeathsAreTheEventsWithDaysByHand()
    {
        var run = await demo.AnalyzeAsync("endpoints", "--origin", "onset", "--endpoint", "death", "--json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Out).RootElement.GetProperty("result");
        var deaths = DemoCsv.Deaths();
        Assert.Equal(deaths.Count, result.GetProperty("events").GetInt32());
        Assert.Equal(60 - deaths.Count, result.GetProperty("censored").GetInt32());
        var outcomes = result.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("patientCode").GetString()!);
        foreach (var (subject, day) in deaths)
        {
            var o = outcomes[subject];
            Assert.Equal("Event", o.GetProperty("status").GetString());
            Assert.Equal(DemoCsv.DayZero.AddDays(day).DayNumber - DemoCsv.Onset(subject).DayNumber, o.GetProperty("days").GetInt32());
            Assert.Equal("Death", o.GetProperty("eventComponents").GetString());
        }
    }

    [Fact]
    public async Task Survival_OnsetOrigin_EqualsAnalysisApiAndDeathsByArmByHand()
    {
        var run = await demo.AnalyzeAsync("survival", "--origin", "onset", "--json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Out).RootElement.GetProperty("result");
        var expected = SurvivalByArm.Analyse(await demo.RecordsAsync(), CompositeEndpointDefinition.DeathTracheostomyPav, TimeOrigin.Onset);
        var logRank = result.GetProperty("logRank");
        Assert.Equal(expected.LogRank!.ChiSquare, logRank.GetProperty("chiSquare").GetDouble(), Digits);
        Assert.Equal(expected.LogRank.PValue, logRank.GetProperty("pValue").GetDouble(), Digits);
        var observed = logRank.GetProperty("arms").EnumerateArray().ToDictionary(a => a.GetProperty("armCode").GetString()!, a => a.GetProperty("observed").GetDouble());
        foreach (var arm in new[] { "Active", "Placebo" })
        {
            Assert.Equal(DemoCsv.Deaths().Count(d => DemoCsv.Arm(d.Subject) == arm), observed[arm]);
        }

        Assert.Equal(60, result.GetProperty("patients").GetInt32());
    }

    [Fact]
    public async Task Survival_DefaultEnrolmentOrigin_NoOriginForAnyoneIsReportedNotThrown()
    {
        var run = await demo.AnalyzeAsync("survival");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("60 × NoOrigin: No enrolment date recorded", run.Out, StringComparison.Ordinal);
        Assert.Contains("not computed: No analysable patient", run.Out, StringComparison.Ordinal);
        Assert.Contains("time = months from enrolment", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cox_AgeCovariate_EqualsAnalysisApi()
    {
        var run = await demo.AnalyzeAsync("cox", "--origin", "onset", "--control", "placebo", "--covariates", "age", "--ties", "breslow", "--json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Out).RootElement.GetProperty("result");
        var expected = CoxByArm.Fit(await demo.RecordsAsync(), CompositeEndpointDefinition.DeathTracheostomyPav, TimeOrigin.Onset, "Placebo",
            [CohortCovariate.AgeAtOrigin], new CoxOptions { Ties = TiesMethod.Breslow });
        var terms = result.GetProperty("terms");
        Assert.Equal("age", terms[1].GetProperty("name").GetString());
        Assert.Equal(expected.Terms[1].Estimate!.Value, terms[1].GetProperty("estimate").GetDouble(), Digits);
        Assert.Equal(expected.Terms[1].StdErr!.Value, terms[1].GetProperty("stdErr").GetDouble(), Digits);
        Assert.Equal("Placebo", result.GetProperty("controlArm").GetString());
        Assert.Contains("Breslow ties", result.GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cox_MonotoneLikelihood_JsonHasNullNotInfinityForTheUpperLimit()
    {
        // Every death is in the Active arm: the arm coefficient may be infinite and exp(β + z·SE) overflows.
        var run = await demo.AnalyzeAsync("cox", "--origin", "onset", "--control", "Placebo", "--covariates", "age,male", "--json");

        Assert.Equal(0, run.ExitCode);
        var arm = JsonDocument.Parse(run.Out).RootElement.GetProperty("result").GetProperty("terms")[0];
        Assert.Equal("arm[Active]", arm.GetProperty("name").GetString());
        Assert.Equal("MayBeInfinite", arm.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, arm.GetProperty("upper").ValueKind);
    }

    [Fact]
    public async Task Cox_NoControl_ExitsOneListingTheArms()
    {
        var run = await demo.AnalyzeAsync("cox", "--origin", "onset");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("error: Give --control ARM (arms of study PROACT: Active, Placebo).", run.Error.Trim());
    }

    [Fact]
    public async Task Lmm_DiagnosisOrigin_EqualsAnalysisApi()
    {
        var run = await demo.AnalyzeAsync("lmm", "--origin", "diagnosis", "--control", "Placebo", "--days-before", "400", "--ci", "delta", "--json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Out).RootElement.GetProperty("result");
        var expected = SlopesByArm.Fit(await demo.RecordsAsync(), TimeOrigin.Diagnosis, "Placebo",
            new SlopeComparisonOptions { DaysBeforeOriginIncluded = 400, RatioInterval = RatioIntervalMethod.Delta });
        var diff = result.GetProperty("differences")[0];
        Assert.Equal("Active", diff.GetProperty("armCode").GetString());
        Assert.Equal(expected.Differences[0].Difference, diff.GetProperty("difference").GetDouble(), Digits);
        Assert.Equal(expected.Differences[0].PercentSlowing!.Value, diff.GetProperty("percentSlowing").GetDouble(), Digits);
        Assert.Equal(expected.Differences[0].PercentSlowingLower!.Value, diff.GetProperty("percentSlowingLower").GetDouble(), Digits);
        Assert.Equal(expected.Patients, result.GetProperty("patients").GetInt32());
    }

    [Fact]
    public async Task Cafs_OneYearHorizon_EqualsAnalysisApi()
    {
        var run = await demo.AnalyzeAsync("cafs", "--treated", "Active", "--control", "Placebo", "--horizon", "365", "--origin", "diagnosis",
            "--baseline-days-before", "400", "--json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Out).RootElement.GetProperty("result");
        var expected = CafsAnalysis.Analyse(await demo.RecordsAsync(), new CafsOptions
        {
            TreatedArm = "Active",
            ControlArm = "Placebo",
            HorizonDays = 365,
            Origin = TimeOrigin.Diagnosis,
            Baseline = new BaselineWindow(400, 7),
        });
        var test = result.GetProperty("test");
        Assert.Equal(expected.Test!.Statistic, test.GetProperty("statistic").GetDouble());
        Assert.Equal(expected.Test.Permutation.TwoSided, test.GetProperty("permutation").GetProperty("twoSided").GetDouble(), Digits);
        Assert.Equal("Exact", test.GetProperty("permutation").GetProperty("kind").GetString());
        Assert.Equal(expected.MeanRankTreated!.Value, result.GetProperty("meanRankTreated").GetDouble(), Digits);
        Assert.Equal(expected.Patients.Count, result.GetProperty("patients").GetArrayLength());
    }

    [Fact]
    public async Task Cafs_NoHorizon_ExitsOne()
    {
        var run = await demo.AnalyzeAsync("cafs", "--treated", "Active", "--control", "Placebo");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--horizon", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cafs_BadHorizon_ExitsOneWithMessage()
    {
        var run = await demo.AnalyzeAsync("cafs", "--treated", "Active", "--control", "Placebo", "--horizon", "one year");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("error: --horizon one year: give a number of days (1 or more) or 'all'.", run.Error.Trim());
    }
}
