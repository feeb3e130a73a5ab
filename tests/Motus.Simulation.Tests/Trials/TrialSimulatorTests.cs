using System.Text.Json;
using Motus.Simulation.Trials;
using Xunit.Abstractions;

namespace Motus.Simulation.Tests.Trials;

public sealed class TrialSimulatorTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_SameSeedOneOrTwoThreads_IdenticalResults()
    {
        var design = TrialDesignReader.Parse(TrialDesignReaderTests.Minimal()
            .Replace("{ \"type\": \"lmm-slope\" }", "{ \"type\": \"lmm-slope\" }, { \"type\": \"cox\" }, { \"type\": \"cafs\" }, { \"type\": \"responder\", \"slowing\": 0.25 }", StringComparison.Ordinal)
            .Replace("\"durationMonths\": 12,", "\"durationMonths\": 12, \"entry\": { \"alsfrsR\": { \"min\": 30 }, \"leadIn\": { \"months\": 3, \"minDecline\": 1 } },", StringComparison.Ordinal)
            .Replace("\"slopeMultiplier\": 1", "\"slopeMultiplier\": 0.6", StringComparison.Ordinal)).Design!;

        var one = TrialSimulator.Run(design, threads: 1);
        var two = TrialSimulator.Run(design, threads: 2);

        Assert.Equal(JsonSerializer.Serialize(one), JsonSerializer.Serialize(two));
        Assert.Equal(10, one.Replicates);
        Assert.Equal(400, one.Enrolled);
        Assert.True(one.Screened > one.Enrolled);
        Assert.Equal(1 - (400.0 / one.Screened), one.ScreenFailureRate, 12);
        Assert.Contains("alsfrsR", one.ScreenFailuresByCriterion.Keys);
        Assert.Equal(4, one.Analyses.Count);
    }

    [Fact]
    public void Run_DifferentSeed_DifferentResults()
    {
        var a = TrialSimulator.Run(TrialDesigns.Simple(20, 0.7, 5, seed: 1));
        var b = TrialSimulator.Run(TrialDesigns.Simple(20, 0.7, 5, seed: 2));

        Assert.NotEqual(a.Analyses[0].MeanEstimate!.Value, b.Analyses[0].MeanEstimate!.Value);
    }

    [Fact]
    public void Run_NoEffect_LmmTypeIErrorWithinThreeMonteCarloSEsOfAlpha()
    {
        const int R = 400;
        var design = TrialDesigns.Simple(50, 1, R, seed: 2026);

        var lmm = TrialSimulator.Run(design, threads: 2).Analyses[0];

        output.WriteLine($"type I error {lmm.RejectionRate.Value:F4} ± {lmm.RejectionRate.StandardError:F4}, coverage {lmm.Coverage!.Value:F4}, mean estimate {lmm.MeanEstimate!.Value:F4}");
        // 3 MC SEs of a rate of 0.05 over 400 trials: 3·√(0.05·0.95/400) = 0.0327.
        Assert.Equal("type I error", lmm.RejectionLabel);
        Assert.InRange(lmm.RejectionRate.Value, 0.05 - 0.0327, 0.05 + 0.0327);
        Assert.Equal(0.0, lmm.TrueValue);
        Assert.Equal(0, lmm.Failed);
        Assert.InRange(lmm.Bias!.Value, -3 * lmm.Bias.StandardError, 3 * lmm.Bias.StandardError);
        Assert.InRange(lmm.Coverage!.Value, 0.95 - 0.0327, 0.95 + 0.0327);
    }

    [Fact]
    public void Run_LargeEffect_PowerHighBiasSmallCoverageNominal()
    {
        const int R = 120;
        var design = TrialDesigns.Simple(60, 0.4, R, seed: 99, dropout: 0) with { TruthPatientsPerArm = 10_000 };

        var lmm = TrialSimulator.Run(design, threads: 2).Analyses[0];

        output.WriteLine($"power {lmm.RejectionRate.Value:F4}, truth {lmm.TrueValue:F4} ± {lmm.TrueValueStandardError:F4}, bias {lmm.Bias!.Value:F4} ± {lmm.Bias.StandardError:F4}, coverage {lmm.Coverage!.Value:F4}");
        Assert.Equal("power", lmm.RejectionLabel);
        Assert.True(lmm.RejectionRate.Value > 0.95, $"power {lmm.RejectionRate.Value}");
        Assert.True(lmm.TrueValue > 0.3, $"truth {lmm.TrueValue}");
        // Without dropout the estimator targets the truth (complete follow-up); allow 3 MC SEs plus 3 SEs of the truth itself.
        var tolerance = (3 * lmm.Bias!.StandardError) + (3 * lmm.TrueValueStandardError!.Value);
        Assert.InRange(lmm.Bias.Value, -tolerance, tolerance);
        Assert.True(Math.Abs(lmm.Bias.Value) < 0.1 * lmm.TrueValue!.Value);
        Assert.InRange(lmm.Coverage!.Value, 0.95 - (3 * Math.Sqrt(0.05 * 0.95 / R)) - 0.02, 1);
    }

    [Fact]
    public void Run_HazardRatioOnly_CoxDetectsItAndSlopeTruthNearZero()
    {
        var design = TrialDesigns.Simple(150, 1, 30, seed: 5, hazardRatio: 0.4,
            analyses: [new TrialAnalysis(TrialAnalysisKind.Cox), new TrialAnalysis(TrialAnalysisKind.Cafs)]);

        var result = TrialSimulator.Run(design, threads: 2);
        var cox = result.Analyses[0];

        Assert.False(result.NullDesign);
        Assert.True(cox.TrueValue < Math.Log(0.6), $"true log HR {cox.TrueValue}");
        Assert.True(cox.MeanEstimate!.Value < -0.4, $"mean log HR {cox.MeanEstimate.Value}");
        Assert.Null(result.Analyses[1].TrueValue);
        Assert.Null(result.Analyses[1].MeanEstimate);
    }

    [Fact]
    public void Run_EntryCriteriaAdmitNobody_ThrowsTrialDesignException()
    {
        var design = TrialDesigns.Simple(5, 1, 1, seed: 1) with { Entry = new EntryCriteria(AlsfrsR: new ValueRange(48, 48), DeltaFs: new ValueRange(5, 6)) };

        var e = Assert.Throws<TrialDesignException>(() => TrialSimulator.Run(design));

        Assert.Contains("widen the criteria", e.Message, StringComparison.Ordinal);
    }
}
