using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Tests.Mixed;

/// <summary>
/// Satterthwaite df against their closed forms in balanced designs, where the REML estimates are the ANOVA estimates
/// and each test uses a single error stratum, so the df are exact integers. Our derivatives are exact, so the tolerance is
/// 1e-6 absolute (lmerTest's numerical derivatives give 17.0000052 and 16.9999990 for sleepstudy).
/// </summary>
public sealed class SatterthwaiteTests
{
    private const double Tol = 1e-6;

    [Fact]
    public void Fit_BalancedRandomIntercept_BetweenGroupDfIsGroupsMinusBetweenParameters()
    {
        // Arrange: 12 groups (6 per arm) × 5 times; arm varies between groups (intercept + arm = 2 between-group parameters)
        var fx = MixedFixture.Load("balanced_intercept_reml.json");

        // Act
        var fit = fx.Fit();

        // Assert
        Assert.Equal(12 - 2, fit["arm"].Df!.Value, Tol);
    }

    [Fact]
    public void Fit_BalancedRandomIntercept_WithinGroupDfIsResidualStratumDf()
    {
        // Arrange: time varies within groups: df = N − G − (within-group parameters) = 60 − 12 − 1
        var fx = MixedFixture.Load("balanced_intercept_reml.json");

        // Act
        var fit = fx.Fit();

        // Assert
        Assert.Equal(60 - 12 - 1, fit["time"].Df!.Value, Tol);
    }

    [Theory]
    [InlineData("sleepstudy_slope_reml.json", 17)]
    [InlineData("sleepstudy_slope_ml.json", 18)]
    public void Fit_SleepstudyRandomSlope_DfEqualSubjectStratumDf(string file, double expected)
    {
        // Arrange: 18 subjects, complete balanced data; every fixed effect lives in the subject stratum.
        // lmerTest's published output for lmer(Reaction ~ Days + (Days | Subject)) shows df 17.000 for both; with REML the
        // stratum has 18 − 1 df, and with ML (no REML correction) Satterthwaite gives 18.
        var fx = MixedFixture.Load(file);

        // Act
        var fit = fx.Fit();

        // Assert
        Assert.Equal(expected, fit[RegressionNames.Intercept].Df!.Value, Tol);
        Assert.Equal(expected, fit["Days"].Df!.Value, Tol);
        if (fx.Reml)
        {
            // lmerTest: t = 6.771, Pr(>|t|) = 3.26e-06 for Days
            Assert.Equal(6.771, fit["Days"].TValue!.Value, 3);
            Assert.Equal(3.26e-6, fit["Days"].PValue!.Value, 8);
        }
    }

    [Fact]
    public void Fit_SingularZeroSlopeVariance_WithinDfStillExact()
    {
        // Arrange: the slope variance is on the boundary; the slope test uses the residual stratum 150 − 30 − 1 = 119
        var fx = MixedFixture.Load("singular_zero_slope.json");

        // Act
        var fit = fx.Fit();

        // Assert
        Assert.Equal(119, fit["t"].Df!.Value, 1e-5);
    }

    [Fact]
    public void Contrast_UnitVector_EqualsFixedEffectRow()
    {
        // Arrange
        var fit = MixedFixture.Load("als_reml.json").Fit();

        // Act
        var c = fit.Contrast(0, 0, 0, 1);

        // Assert
        var row = fit["months:arm"];
        Assert.Equal(row.Estimate!.Value, c.Estimate, 12);
        Assert.Equal(row.StandardError!.Value, c.StandardError, 12);
        Assert.Equal(row.Df!.Value, c.Df, 9);
        Assert.Equal(row.PValue!.Value, c.PValue, 12);
    }
}
