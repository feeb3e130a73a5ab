using Motus.Statistics.Distributions;
using Motus.Statistics.Meta;
using static Motus.Statistics.Tests.Meta.MetaFixtures;

namespace Motus.Statistics.Tests.Meta;

/// <summary>Hartung–Knapp (test = "knha") and its modified form (test = "adhoc", q* = max(1, q)) against hand calculations.</summary>
public sealed class KnappHartungTests
{
    [Fact]
    public void Fit_ModifiedKnappHartungWithQBelowOne_EqualsHandCalculation()
    {
        // Arrange: yi = (0, 0.1, −0.1), vi = (0.04, 0.04, 0.04): DL τ² = 0, μ̂ = 0, Q = (0.01 + 0.01)/0.04 = 0.5,
        // q = Q/(k − 1) = 0.25 < 1, so the modified method uses q* = 1 and SE = √(v/k) = √(0.04/3).
        double[] yi = [0, 0.1, -0.1];
        double[] vi = [0.04, 0.04, 0.04];
        var seHand = Math.Sqrt(0.04 / 3);
        var crit = Dist.TQuantile(0.975, 2);

        // Act
        var modified = MetaAnalysis.Fit(yi, vi, new MetaAnalysisOptions { Method = MetaMethod.DerSimonianLaird, Test = MetaTest.ModifiedKnappHartung });
        var plain = MetaAnalysis.Fit(yi, vi, new MetaAnalysisOptions { Method = MetaMethod.DerSimonianLaird, Test = MetaTest.KnappHartung });

        // Assert
        Assert.Equal(1, modified.KnappHartungFactor);
        Close.Equal(seHand, modified.StandardError, 1e-14, "modified SE");
        Close.Equal(-crit * seHand, modified.CiLower, 1e-14, "modified ci.lb");
        Close.Equal(0.25, plain.KnappHartungFactor!.Value, 1e-14, "q");
        Close.Equal(0.5 * seHand, plain.StandardError, 1e-14, "plain SE = √q·SE");
        Assert.Equal(2, modified.Df);
    }

    [Fact]
    public void Fit_ModifiedKnappHartungWithQAboveOne_EqualsPlainKnappHartung()
    {
        // Arrange
        var (yi, vi) = Escalc("bcg.json", "RR");

        // Act
        var modified = MetaAnalysis.Fit(yi, vi, new MetaAnalysisOptions { Test = MetaTest.ModifiedKnappHartung });
        var plain = MetaAnalysis.Fit(yi, vi, new MetaAnalysisOptions { Test = MetaTest.KnappHartung });

        // Assert
        Assert.True(plain.KnappHartungFactor > 1);
        Assert.Equal(plain.StandardError, modified.StandardError);
    }

    [Fact]
    public void Fit_KnappHartungWithIdenticalEstimates_WarnsAboutZeroStandardError()
    {
        // Act
        var fit = MetaAnalysis.Fit([0.2, 0.2, 0.2], [0.04, 0.05, 0.06], new MetaAnalysisOptions { Test = MetaTest.KnappHartung });

        // Assert
        Assert.Equal(0, fit.StandardError);
        Assert.Equal(0, fit.PValue);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("Hartung–Knapp"));
    }
}
