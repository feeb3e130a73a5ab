using System.Globalization;
using System.Text.Json;
using Motus.Statistics.Design;
using Motus.Statistics.Exact;
using Motus.Statistics.Meta;

namespace Motus.Cli.Tests;

/// <summary>
/// The "Checks we can run" of /work/shared/reference/trial-methods.md (C1, C2, C3, C6, C8, C10), end to end through the
/// <c>motus</c> commands where one exists and through the Statistics API otherwise, at the reference's tolerance:
/// 1e-3 relative unless stated (published values have 4–6 significant digits).
/// </summary>
public sealed class TrialMethodsChecksTests
{
    private const double Rel = 1e-3;

    private static void Near(double expected, double actual, double relative = Rel) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected} ± {relative:P2}, got {actual}");

    private static async Task<JsonElement> Json(params string[] args)
    {
        using var cli = new CliHarness();
        var run = await cli.RunRawAsync([.. args, "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("55", "29.06544")] // intercept variance 55, covariance 0.8·√55·√24: no effect with complete data
    public async Task C1_LmmSlopeSampleSize_Longpower(string interceptVariance, string covariance)
    {
        var json = await Json("design", "sample-size", "lmm-slope", "--delta", "1.5", "--times", "0,0.25,0.5,0.75,1,1.25,1.5",
            "--slope-variance", "24", "--residual-variance", "10", "--intercept-variance", interceptVariance, "--intercept-slope-covariance", covariance,
            "--alpha", "0.05", "--power", "0.8");

        Near(207.3101, json.GetProperty("sampleSizeGroup1").GetDouble());
    }

    [Fact]
    public void C1_DetectableDifferenceWith208_Longpower()
    {
        var inputs = new LinearSlopeDesignInputs([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5], new SlopeVarianceComponents(24, 10));

        var design = SlopeDifferencePower.EdlandDetectableDifference(inputs, 208, 0.05, 0.8);

        Near(1.49751, design.Delta);
    }

    [Fact]
    public void C2_DiggleTable_ExchangeableCorrelation()
    {
        int[,] expected = { { 313, 625, 938 }, { 196, 391, 586 }, { 79, 157, 235 } };
        double[] rho = [0.2, 0.5, 0.8];
        double[] sigma2 = [100, 200, 300];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var design = SlopeDifferencePower.DiggleSampleSizeExchangeable([0, 2, 5], sigma2[j], rho[i], 0.5, 0.05, 0.8, Sidedness.OneSided);
                Assert.Equal(expected[i, j], (int)Math.Ceiling(design.SampleSizeGroup1));
            }
        }
    }

    [Fact]
    public async Task C3_SurvivalEvents_Schoenfeld()
    {
        var json = await Json("design", "sample-size", "survival", "--hazard-ratio", "0.75", "--alpha", "0.025", "--power", "0.8", "--sided", "1");

        Near(379.3517, json.GetProperty("events").GetDouble());
    }

    [Fact]
    public void C6_EscalcFreemanTukeyAndLogit()
    {
        int[] xi = [0, 1, 12, 38, 40];
        int[] ni = [10, 10, 20, 40, 40];

        var pft = EffectSize.Proportion(xi, ni, EffectMeasure.FreemanTukeyProportion, ZeroCellCorrection.None);
        var plo = EffectSize.Proportion(xi, ni, EffectMeasure.LogitProportion);

        double[] pftY = [0.1531387, 0.3733940, 0.8813361, 1.3224900, 1.4923885];
        double[] pftV = [0.02380952, 0.02380952, 0.01219512, 0.00617284, 0.00617284];
        double[] ploY = [-3.04452, -2.19722, 0.40547, 2.94444, 4.39445];
        double[] ploV = [2.09524, 1.11111, 0.20833, 0.52632, 2.02469];
        for (var i = 0; i < xi.Length; i++)
        {
            Near(pftY[i], pft.Yi[i]);
            Near(pftV[i], pft.Vi[i]);
            Near(ploY[i], plo.Yi[i]);
            Near(ploV[i], plo.Vi[i]);
        }
    }

    // metafor::dat.pritz1997 (xi, ni), k = 14.
    private static readonly int[] PritzEvents = [16, 10, 4, 43, 10, 25, 13, 12, 22, 4, 5, 18, 58, 6];
    private static readonly int[] PritzTotals = [17, 12, 8, 58, 10, 42, 14, 12, 41, 5, 6, 23, 68, 10];

    [Fact]
    public async Task C6_Pritz1997LogitReml_ThroughStatsMeta()
    {
        var effects = EffectSize.Proportion(PritzEvents, PritzTotals, EffectMeasure.LogitProportion);
        var csv = Path.Combine(Path.GetTempPath(), $"motus-c6-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(csv, ["yi,vi", .. effects.Yi.Zip(effects.Vi, (y, v) => FormattableString.Invariant($"{y:R},{v:R}"))]);
        try
        {
            var json = await Json("stats", "meta", "--csv", csv, "--yi", "yi", "--vi", "vi", "--method", "reml");

            Near(1.1389, json.GetProperty("estimate").GetDouble());
            Near(0.2415, json.GetProperty("se").GetDouble());
            Near(0.3646, json.GetProperty("tau2").GetDouble());
            Near(56.56, json.GetProperty("i2").GetDouble());
            Near(0.7575, InverseLogit(json.GetProperty("estimate").GetDouble()));
            Near(0.6605, InverseLogit(json.GetProperty("ciLower").GetDouble()));
            Near(0.8337, InverseLogit(json.GetProperty("ciUpper").GetDouble()));
            Near(0.4661, InverseLogit(json.GetProperty("prediction").GetProperty("lower").GetDouble()));
            Near(0.9179, InverseLogit(json.GetProperty("prediction").GetProperty("upper").GetDouble()));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void C6_Pritz1997FreemanTukeyReml_HarmonicMeanBackTransform()
    {
        var effects = EffectSize.Proportion(PritzEvents, PritzTotals, EffectMeasure.FreemanTukeyProportion);
        var fit = MetaAnalysis.Fit(effects);

        var summary = MetaAnalysis.BackTransformSummary(fit, EffectMeasure.FreemanTukeyProportion, effects.SampleSizes)!;

        Near(0.8029, summary.Estimate);
    }

    [Fact]
    public async Task C8_RegressionToTheMean_ThroughClaimCheck()
    {
        var json = await Json("claim", "check", "--n", "19", "--responders", "15", "--threshold", "0.25", "--criterion", "absolute",
            "--pre", "-3,-2,-1,0", "--post", "0,1,2,3,4,5,6", "--entry", "pre-slope<=-1", "--slope-mean", "-1", "--slope-sd", "0.6", "--residual-sd", "1.6",
            "--replicates", "200000", "--studies", "0", "--grid-residual-sd", "");
        var analytic = json.GetProperty("analytic");

        Near(0.5120, analytic.GetProperty("preErrorVariance").GetDouble());
        Near(0.09143, analytic.GetProperty("postErrorVariance").GetDouble());
        Near(-0.08229, analytic.GetProperty("errorCovariance").GetDouble());
        Near(-1.7451, analytic.GetProperty("meanPreSlopeSelected").GetDouble());
        Near(-1.2373, analytic.GetProperty("meanPostSlopeSelected").GetDouble());
        Near(0.2910, analytic.GetProperty("apparentSlowing").GetDouble());
        // The simulation: 29.4% ± 0.5% (C8's stated tolerance for 2×10⁵ patients).
        Assert.Equal(0.294, json.GetProperty("apparentSlowing").GetDouble(), 0.005);
    }

    [Fact]
    public async Task C8_ResponderRate_ThroughClaimCheck()
    {
        var json = await Json("claim", "check", "--n", "19", "--responders", "15", "--threshold", "0.25",
            "--pre", "-3,-2,-1,0", "--post", "0,1,2,3,4,5,6", "--entry", "pre-slope<=-1", "--studies", "0", "--grid-residual-sd", "");

        Assert.Equal(0.545, json.GetProperty("nullRate").GetDouble(), 0.01); // C8: 54.5% ± 1%
    }

    [Theory]
    [InlineData(0.41, 8.741e-4)]
    [InlineData(0.46, 3.594e-3)]
    [InlineData(0.55, 0.02798)]
    [InlineData(0.60, 0.06961)]
    public void C10_BinomialTail_15Of19(double p0, double expected) =>
        Near(expected, ExactBinomial.Test(15, 19, p0, Alternative.Greater).PValue);

    [Fact]
    public async Task C10_PowerPropTest_ThroughDesignSampleSize()
    {
        var json = await Json("design", "sample-size", "proportions", "--p1", "0.35", "--p2", "0.15", "--alpha", "0.05", "--power", "0.8");

        Near(72.393, json.GetProperty("sampleSizePerArm").GetDouble());
    }

    [Fact]
    public void C10_PowerAtObservedNurOwnRates_98PerArm() =>
        Near(0.1827, TwoProportionPower.Power(98, 0.347, 0.277, 0.05).Power);

    private static double InverseLogit(double x) => 1 / (1 + Math.Exp(-x));
}
