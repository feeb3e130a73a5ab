using Motus.Statistics.Common;
using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>
/// Robust (sandwich) variance, clustered variance, robust score test and clustered concordance SE against
/// coxph(robust = TRUE) / cluster() (survival 3.5-3). Tolerance 1e-6 relative.
/// </summary>
public sealed class CoxRobustTests
{
    private const double Tol = 1e-6;

    [Theory]
    [InlineData(TiesMethod.Efron, "cluster_inst")]
    [InlineData(TiesMethod.Breslow, "cluster_inst_breslow")]
    public void Fit_ClusterByInstitution_MatchesCoxphCluster(TiesMethod ties, string name)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames,
            cluster: d.GetProperty("inst").Ints(), options: new CoxOptions { Ties = ties });

        // Assert
        CoxAssert.Matches(f.GetProperty(name), fit, Tol);
        Assert.Equal(d.GetProperty("inst").Ints().Distinct().Count(), fit.Clusters);
    }

    [Fact]
    public void Fit_RobustWithoutCluster_MatchesCoxphRobust()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames,
            options: new CoxOptions { Robust = true });

        // Assert
        CoxAssert.Matches(f.GetProperty("robust"), fit, Tol);
        Assert.Null(fit.Clusters);
    }

    [Fact]
    public void Fit_StratifiedWithCluster_MatchesCoxph()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("age").Doubles(), d.GetProperty("ph_ecog").Doubles());

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), x, ["age", "ph.ecog"], strata: d.GetProperty("sex").Ints(),
            cluster: d.GetProperty("inst").Ints());

        // Assert
        CoxAssert.Matches(f.GetProperty("strata_cluster"), fit, Tol);
    }

    [Fact]
    public void Fit_FractionalWeightsRobust_MatchesCoxph()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames,
            weights: f.GetProperty("weights_frac").Doubles(), options: new CoxOptions { Robust = true });

        // Assert
        CoxAssert.Matches(f.GetProperty("fit_weights_frac_robust"), fit, Tol);
    }

    [Fact]
    public void Fit_FractionalWeightsModelVariance_Warns()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames,
            weights: f.GetProperty("weights_frac").Doubles());

        // Assert
        Assert.False(fit.Robust);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("robust", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_LeftTruncatedClusterPerSubject_MatchesCoxph()
    {
        // Arrange: one row per subject, cluster(id).
        var f = SurvivalFixture.Load("cox_truncated.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("x1").Doubles(), d.GetProperty("x2").Doubles());

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.Counting(d), x, ["x1", "x2"], cluster: d.GetProperty("id").Ints());

        // Assert
        CoxAssert.Matches(f.GetProperty("robust"), fit, Tol);
    }

    [Fact]
    public void Fit_SplitRowsClusteredById_MatchesCoxph()
    {
        // Arrange: several (entry, exit] rows per subject; the sandwich must sum within subject.
        var f = SurvivalFixture.Load("cox_truncated.json");
        var s = f.GetProperty("split");
        var x = SurvivalFixture.Columns(s.GetProperty("x1").Doubles(), s.GetProperty("x2").Doubles());

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.Counting(s), x, ["x1", "x2"], cluster: s.GetProperty("id").Ints());

        // Assert
        CoxAssert.Matches(f.GetProperty("split_cluster_id"), fit, Tol);
    }

    [Fact]
    public void Fit_CountingProcessRobustWithoutCluster_Throws()
    {
        // Arrange
        var data = SurvivalData.CountingProcess([0, 0, 1, 2], [2, 3, 4, 5], [1, 0, 1, 1]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() =>
            CoxRegression.Fit(data, SurvivalFixture.Columns([0.1, 0.5, -0.3, 1.2]), options: new CoxOptions { Robust = true }));

        // Assert
        Assert.Equal("cluster", ex.ParamName);
    }
}
