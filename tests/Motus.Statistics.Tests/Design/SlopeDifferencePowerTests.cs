using Motus.Statistics.Common;
using Motus.Statistics.Design;

namespace Motus.Statistics.Tests.Design;

/// <summary>
/// Slope-difference sample size (Edland, Diggle) against trial-methods.md checks C1, C2 and the §2.1 ALS table, and against
/// an independent R matrix implementation of the same formulas (fixture design/slopes.json).
/// </summary>
public sealed class SlopeDifferencePowerTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("design", "slopes.json");
    private static readonly double[] C1Times = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5];

    [Fact]
    public void EdlandSampleSize_C1CompleteData_Is207Point3101PerArm()
    {
        // Arrange: trial-methods.md C1 (longpower test suite): Δ = 1.5, σ₁² = 24, σₑ² = 10, two-sided 5%, 80%.
        var inputs = new LinearSlopeDesignInputs(C1Times, new SlopeVarianceComponents(24, 10));

        // Act
        var r = SlopeDifferencePower.EdlandSampleSize(inputs, 1.5, 0.05, 0.8);

        // Assert
        Close.Equal(207.310093300903, r.SampleSizeGroup1, 1e-10);
        Close.Equal(r.SampleSizeGroup1, r.SampleSizeGroup2, 1e-15);
        Assert.Equal(208, r.SampleSizeGroup1Ceiling);
        Assert.Empty(r.Diagnostics.Warnings);
    }

    [Fact]
    public void EdlandSampleSize_C1WithInterceptVarianceAndCovariance_IsUnchanged()
    {
        // Arrange: intercept variance 55 and covariance 0.8·√55·√24 must not change the complete-data answer.
        var inputs = new LinearSlopeDesignInputs(C1Times, new SlopeVarianceComponents(24, 10, 55, 0.8 * Math.Sqrt(55) * Math.Sqrt(24)));

        // Act
        var r = SlopeDifferencePower.EdlandSampleSize(inputs, 1.5, 0.05, 0.8);

        // Assert
        Close.Equal(207.310093300903, r.SampleSizeGroup1, 1e-10);
    }

    [Fact]
    public void EdlandDetectableDifference_C1At208PerArm_Is1Point49751()
    {
        // Arrange
        var inputs = new LinearSlopeDesignInputs(C1Times, new SlopeVarianceComponents(24, 10, 55, 0.8 * Math.Sqrt(55) * Math.Sqrt(24)));

        // Act
        var r = SlopeDifferencePower.EdlandDetectableDifference(inputs, 208, 0.05, 0.8);

        // Assert
        Close.Equal(1.49751028943272, r.Delta, 1e-10);
        Assert.Equal(DesignQuantity.EffectSize, r.SolvedFor);
    }

    [Fact]
    public void Edland_FixtureCasesWithDropoutAndUnequalAllocation_MatchIndependentRWithin1e10Relative()
    {
        foreach (var c in Fixture.GetProperty("edland").EnumerateArray())
        {
            // Arrange
            var name = c.GetProperty("name").GetString();
            var t = c.GetProperty("t").Doubles();
            var g1 = new SlopeVarianceComponents(c.GetProperty("s2s").GetDouble(), c.GetProperty("s2e").GetDouble(), c.GetProperty("s2i").GetDouble(), c.GetProperty("cov").GetDouble());
            var g2 = g1 with { SlopeVariance = c.GetProperty("s2s_2").GetDouble(), ResidualVariance = c.GetProperty("s2e_2").GetDouble() };
            var inputs = new LinearSlopeDesignInputs(t, g1, g2, c.GetProperty("p").Doubles(), c.GetProperty("p2").Doubles(), c.GetProperty("lambda").GetDouble());
            var sided = c.GetProperty("alt").GetString() == "one.sided" ? Sidedness.OneSided : Sidedness.TwoSided;
            var alpha = c.GetProperty("sig").GetDouble();
            var delta = c.GetProperty("delta").GetDouble();

            // Act
            var n = SlopeDifferencePower.EdlandSampleSize(inputs, delta, alpha, c.GetProperty("power").GetDouble(), sided);
            var power = SlopeDifferencePower.EdlandPower(inputs, 208, delta, alpha, sided);
            var detectable = SlopeDifferencePower.EdlandDetectableDifference(inputs, 208, alpha, c.GetProperty("power").GetDouble(), sided);

            // Assert
            Close.Relative(c.GetProperty("term1").GetDouble(), n.SlopeVarianceGroup1, 1e-10, name + " term1");
            Close.Relative(c.GetProperty("term2").GetDouble(), n.SlopeVarianceGroup2, 1e-10, name + " term2");
            Close.Relative(c.GetProperty("n1").GetDouble(), n.SampleSizeGroup1, 1e-10, name + " n1");
            Close.Relative(c.GetProperty("n2").GetDouble(), n.SampleSizeGroup2, 1e-10, name + " n2");
            Close.Relative(c.GetProperty("power_at_n208").GetDouble(), power.Power, 1e-10, name + " power");
            Close.Relative(c.GetProperty("delta_at_n208").GetDouble(), detectable.Delta, 1e-10, name + " delta");
        }
    }

    [Fact]
    public void DiggleSampleSizeExchangeable_C2DiggleTable_ReproducesCeilings()
    {
        // Arrange: trial-methods.md C2, Diggle et al. (2002) p. 29.
        var d = Fixture.GetProperty("diggleC2");
        var rho = d.GetProperty("rho").Doubles();
        var sigma2 = d.GetProperty("sigma2").Doubles();
        int[,] expected = { { 313, 625, 938 }, { 196, 391, 586 }, { 79, 157, 235 } };
        var exact = d.GetProperty("n").EnumerateArray().Select(row => row.Doubles()).ToArray();

        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                // Act
                var r = SlopeDifferencePower.DiggleSampleSizeExchangeable([0, 2, 5], sigma2[j], rho[i], 0.5, 0.05, 0.8, Sidedness.OneSided);

                // Assert
                Assert.Equal(expected[i, j], r.SampleSizeGroup1Ceiling);
                Close.Relative(exact[i][j], r.SampleSizeGroup1, 1e-10, $"rho {rho[i]}, sigma2 {sigma2[j]}");
                Close.Relative(2 * Math.Pow(1.6448536269514722 + 0.8416212335729143, 2) * sigma2[j] * (1 - rho[i]) / (0.25 * 114.0 / 9), r.SampleSizeGroup1, 1e-12);
            }
        }
    }

    [Fact]
    public void DiggleSampleSize_AdasCovarianceMatrix_EqualsEdlandC1()
    {
        // Arrange: the random-intercept-and-slope covariance as Diggle's R with σ² = 1 (longpower's example).
        var a = Fixture.GetProperty("diggleAdas");
        var rows = a.GetProperty("R").EnumerateArray().Select(r => r.Doubles()).ToArray();
        var m = new double[rows.Length, rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < rows.Length; j++)
            {
                m[i, j] = rows[i][j];
            }
        }

        // Act
        var r = SlopeDifferencePower.DiggleSampleSize(C1Times, m, 1, 1.5, 0.05, 0.8);

        // Assert
        Close.Relative(a.GetProperty("n").GetDouble(), r.SampleSizeGroup1, 1e-10);
        Close.Equal(207.310093300903, r.SampleSizeGroup1, 1e-10);
        Assert.Equal(SlopePowerMethod.Diggle, r.Method);
    }

    [Fact]
    public void EdlandSampleSize_AlsTableOfTrialMethods_ReproducesEveryCell()
    {
        // Arrange: §2.1: slope −1/month, σₑ = 1.6, monthly visits, two-sided 5%, 80%; cells 86/60/22, 114/79/29, 147/102/37, 94/66/24, 127/88/32.
        var tab = Fixture.GetProperty("alsTable");
        var sigma1 = tab.GetProperty("sigma1").Doubles();
        var months = tab.GetProperty("months").Ints();
        var slowing = tab.GetProperty("slowing").Doubles();
        var ceiling = tab.GetProperty("ceiling").Ints();
        var n = tab.GetProperty("n").Doubles();

        for (var i = 0; i < sigma1.Length; i++)
        {
            var times = Enumerable.Range(0, months[i] + 1).Select(x => (double)x).ToArray();
            var inputs = new LinearSlopeDesignInputs(times, new SlopeVarianceComponents(sigma1[i] * sigma1[i], 1.6 * 1.6));

            // Act
            var r = SlopeDifferencePower.EdlandSampleSize(inputs, slowing[i], 0.05, 0.8);

            // Assert
            Assert.Equal(ceiling[i], r.SampleSizeGroup1Ceiling);
            Close.Relative(n[i], r.SampleSizeGroup1, 1e-10);
        }

        Assert.Equal(114, SlopeDifferencePower.EdlandSampleSize(
            new LinearSlopeDesignInputs([0, 1, 2, 3, 4, 5, 6], new SlopeVarianceComponents(0.36, 2.56)), 0.25, 0.05, 0.8).SampleSizeGroup1Ceiling);
    }

    [Fact]
    public void EdlandSampleSize_VisitSchedulesOfTrialMethods_Give127_114_98_94()
    {
        // Arrange: §2.1, σ₁ = 0.6, 25% slowing: t = {0,3,6} → 127; 0..6 → 114; {0,3,...,12} → 98; 0..12 → 94.
        double[][] schedules = [[0, 3, 6], [0, 1, 2, 3, 4, 5, 6], [0, 3, 6, 9, 12], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]];
        int[] expected = [127, 114, 98, 94];
        var exact = Fixture.GetProperty("alsSchedules").GetProperty("n").Doubles();

        for (var i = 0; i < schedules.Length; i++)
        {
            // Act
            var r = SlopeDifferencePower.EdlandSampleSize(new LinearSlopeDesignInputs(schedules[i], new SlopeVarianceComponents(0.36, 2.56)), 0.25, 0.05, 0.8);

            // Assert
            Assert.Equal(expected[i], r.SampleSizeGroup1Ceiling);
            Close.Relative(exact[i], r.SampleSizeGroup1, 1e-10);
        }
    }

    [Fact]
    public void EdlandSampleSize_DropoutWithoutInterceptVariance_WarnsThatResultDependsOnIt()
    {
        // Arrange
        var p = SlopeDifferencePower.LastVisitProportionsFromRetention([1, 0.95, 0.9, 0.8]);
        var inputs = new LinearSlopeDesignInputs([0, 1, 2, 3], new SlopeVarianceComponents(0.36, 2.56), LastVisitProportionsGroup1: p);

        // Act
        var r = SlopeDifferencePower.EdlandSampleSize(inputs, 0.25, 0.05, 0.8);

        // Assert
        Assert.Equal([0.05, 0.05, 0.1, 0.8], p.Select(x => Math.Round(x, 12)));
        Assert.Contains(r.Diagnostics.Warnings, w => w.Contains("intercept variance", StringComparison.Ordinal));
    }

    [Fact]
    public void EdlandSampleSize_ProportionsNotSummingToOne_ThrowsNamingThem()
    {
        // Arrange
        var inputs = new LinearSlopeDesignInputs([0, 1, 2], new SlopeVarianceComponents(1, 1), LastVisitProportionsGroup1: [0, 0.5, 0.4]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => SlopeDifferencePower.EdlandSampleSize(inputs, 0.5, 0.05, 0.8));

        // Assert
        Assert.Equal("LastVisitProportionsGroup1", ex.ParamName);
    }

    [Fact]
    public void EdlandSampleSize_TimesNotIncreasing_Throws()
    {
        // Arrange
        var inputs = new LinearSlopeDesignInputs([0, 2, 1], new SlopeVarianceComponents(1, 1));

        // Act, Assert
        Assert.Throws<StatisticsInputException>(() => SlopeDifferencePower.EdlandSampleSize(inputs, 0.5, 0.05, 0.8));
    }
}
