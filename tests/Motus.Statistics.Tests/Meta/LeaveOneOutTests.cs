using Motus.Statistics.Common;
using Motus.Statistics.Meta;
using static Motus.Statistics.Tests.Meta.MetaFixtures;

namespace Motus.Statistics.Tests.Meta;

/// <summary>Leave-one-out against <c>leave1out(rma_fit)</c>; REML, so tolerance 1e-5 relative.</summary>
public sealed class LeaveOneOutTests
{
    [Theory]
    [InlineData("bcg.json", "RR")]
    [InlineData("proportions.json", "PLO")]
    public void LeaveOneOut_MetaforFixture_MatchesLeave1out(string file, string measure)
    {
        // Arrange
        var r = Load(file).GetProperty("leave1out");
        var l = r.GetProperty("leave1out");
        var (yi, vi) = Escalc(file, measure);

        // Act
        var loo = MetaAnalysis.LeaveOneOut(yi, vi, Options(r));

        // Assert
        Close.All(l.GetProperty("estimate").Doubles(), loo.Estimate, Iterative, "estimate");
        Close.All(l.GetProperty("se").Doubles(), loo.StandardError, Iterative, "se");
        Close.All(l.GetProperty("stat").Doubles(), loo.Statistic, Iterative, "stat");
        Close.All(l.GetProperty("pval").Doubles(), loo.PValue, Iterative, "pval");
        Close.All(l.GetProperty("ci_lb").Doubles(), loo.CiLower, Iterative, "ci.lb");
        Close.All(l.GetProperty("ci_ub").Doubles(), loo.CiUpper, Iterative, "ci.ub");
        Close.All(l.GetProperty("Q").Doubles(), loo.Q, ClosedForm, "Q");
        Close.All(l.GetProperty("Qp").Doubles(), loo.QPValue, ClosedForm, "Qp");
        Close.All(l.GetProperty("tau2").Doubles(), loo.Tau2, Iterative, "tau2");
        Close.All(l.GetProperty("I2").Doubles(), loo.I2, Iterative, "I2");
        Close.All(l.GetProperty("H2").Doubles(), loo.H2, Iterative, "H2");
        Assert.True(loo.Diagnostics.Converged);
    }

    [Fact]
    public void LeaveOneOut_TwoStudies_Throws()
    {
        // Act
        var act = () => MetaAnalysis.LeaveOneOut([0.1, 0.3], [0.04, 0.05]);

        // Assert
        Assert.Throws<StatisticsInputException>(act);
    }
}
