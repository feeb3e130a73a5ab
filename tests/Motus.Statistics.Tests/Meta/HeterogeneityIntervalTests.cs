using Motus.Statistics.Common;
using Motus.Statistics.Distributions;
using Motus.Statistics.Meta;
using static Motus.Statistics.Tests.Meta.MetaFixtures;

namespace Motus.Statistics.Tests.Meta;

/// <summary>Q-profile intervals against <c>confint(rma_fit, control = list(tol = 1e-12))</c>; tolerance 1e-5 relative.</summary>
public sealed class HeterogeneityIntervalTests
{
    public static TheoryData<string, string, int> RandomEffectsFits => AllFits(r => r.GetProperty("method").GetString() != "FE");

    [Theory]
    [MemberData(nameof(RandomEffectsFits))]
    public void HeterogeneityConfidenceInterval_MetaforFixture_MatchesConfint(string file, string measure, int index)
    {
        // Arrange
        var r = Fit(file, measure, index);
        var (yi, vi) = Escalc(file, measure);
        var fit = MetaAnalysis.Fit(yi, vi, Options(r));

        // Act
        var ci = MetaAnalysis.HeterogeneityConfidenceInterval(yi, vi, fit);

        // Assert
        AssertConfint(r.GetProperty("confint"), ci);
    }

    [Fact]
    public void HeterogeneityConfidenceInterval_TwoStudies_UpperBoundAtMetaforSearchLimit()
    {
        // Arrange: k = 2 BCG trials; Q(100) is still above the lower χ²(1) quantile, so R reports tau^2 ub = 100 (">100").
        var edge = Load("edge.json").GetProperty("k2");
        var yi = edge.GetProperty("yi").Doubles();
        var vi = edge.GetProperty("vi").Doubles();
        foreach (var r in edge.GetProperty("fits").EnumerateArray())
        {
            var fit = MetaAnalysis.Fit(yi, vi, Options(r));

            // Act
            var ci = MetaAnalysis.HeterogeneityConfidenceInterval(yi, vi, fit);

            // Assert
            AssertConfint(r.GetProperty("confint"), ci);
            Assert.Equal(100, ci.UpperSearchLimit);
            Assert.Contains(ci.Diagnostics.Warnings, w => w.Contains("search limit"));
        }
    }

    [Fact]
    public void HeterogeneityConfidenceInterval_LargerSearchLimit_FindsTheRoot()
    {
        // Arrange
        var edge = Load("edge.json").GetProperty("k2");
        var yi = edge.GetProperty("yi").Doubles();
        var vi = edge.GetProperty("vi").Doubles();
        var fit = MetaAnalysis.Fit(yi, vi);

        // Act
        var ci = MetaAnalysis.HeterogeneityConfidenceInterval(yi, vi, fit, upperSearchLimit: 1e6);

        // Assert: the bound solves Q(τ²) = qchisq(0.025, 1).
        Assert.InRange(ci.Tau2Upper, 100, 1e6);
        double q = 0, sw = 0, swy = 0;
        for (var i = 0; i < 2; i++)
        {
            sw += 1 / (vi[i] + ci.Tau2Upper);
            swy += yi[i] / (vi[i] + ci.Tau2Upper);
        }

        for (var i = 0; i < 2; i++)
        {
            q += Math.Pow(yi[i] - (swy / sw), 2) / (vi[i] + ci.Tau2Upper);
        }

        Close.Relative(Dist.ChiSquareQuantile(0.025, 1), q, 1e-8, "Q at the upper bound");
    }

    [Fact]
    public void HeterogeneityConfidenceInterval_FixedEffectFit_Throws()
    {
        // Arrange
        var (yi, vi) = Escalc("bcg.json", "RR");
        var fit = MetaAnalysis.Fit(yi, vi, new MetaAnalysisOptions { Method = MetaMethod.FixedEffect });

        // Act
        var act = () => MetaAnalysis.HeterogeneityConfidenceInterval(yi, vi, fit);

        // Assert
        var ex = Assert.Throws<StatisticsInputException>(act);
        Assert.Equal("fit", ex.ParamName);
    }

    [Fact]
    public void HeterogeneityConfidenceInterval_DataNotOfTheFit_Throws()
    {
        // Arrange
        var (yi, vi) = Escalc("bcg.json", "RR");
        var fit = MetaAnalysis.Fit(yi.AsSpan(0, 5), vi.AsSpan(0, 5));

        // Act
        var act = () => MetaAnalysis.HeterogeneityConfidenceInterval(yi, vi, fit);

        // Assert
        Assert.Throws<StatisticsInputException>(act);
    }

    private static void AssertConfint(System.Text.Json.JsonElement c, HeterogeneityInterval ci)
    {
        var tau2 = c.GetProperty("tau2").Doubles();
        var tau = c.GetProperty("tau").Doubles();
        var i2 = c.GetProperty("I2").Doubles();
        var h2 = c.GetProperty("H2").Doubles();
        Near(tau2[0], ci.Tau2, Iterative, "tau2");
        Near(tau2[1], ci.Tau2Lower, Iterative, "tau2.lb");
        Near(tau2[2], ci.Tau2Upper, Iterative, "tau2.ub");
        Near(tau[1], ci.TauLower, Iterative, "tau.lb");
        Near(tau[2], ci.TauUpper, Iterative, "tau.ub");
        Near(i2[0], ci.I2, Iterative, "I2");
        Near(i2[1], ci.I2Lower, Iterative, "I2.lb");
        Near(i2[2], ci.I2Upper, Iterative, "I2.ub");
        Near(h2[0], ci.H2, Iterative, "H2");
        Near(h2[1], ci.H2Lower, Iterative, "H2.lb");
        Near(h2[2], ci.H2Upper, Iterative, "H2.ub");
    }
}
