using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Tests.Mixed;

/// <summary>
/// Linear mixed models against lme4 1.1-31 refitted with bobyqa at rhoend = 1e-12 (its optimum reached precisely).
/// Tolerances: fixed effects and SEs 1e-6 relative; variance components (θ, SDs, correlation, σ) 1e-4; −2 log-likelihood,
/// AIC, BIC 1e-6 absolute; conditional modes and their SDs 1e-4; Satterthwaite df against lmerTest 3.1-3 (numerical
/// derivatives, good to ~1e-6) at 1e-4 relative.
/// </summary>
public sealed class LinearMixedModelLme4Tests
{
    private const double FixedTol = 1e-6;
    private const double VarianceTol = 1e-4;
    private const double LogLikTol = 1e-6;
    private const double DfTol = 1e-4;

    public static TheoryData<string> Fixtures() =>
    [
        "sleepstudy_slope_reml.json", "sleepstudy_slope_ml.json", "sleepstudy_intercept_reml.json", "sleepstudy_intercept_ml.json",
        "als_reml.json", "als_ml.json", "als_intercept_reml.json", "singular_zero_slope.json", "singular_corr.json",
        "balanced_intercept_reml.json",
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fit_RFixture_FixedEffectsMatchLme4(string file)
    {
        // Arrange
        var fx = MixedFixture.Load(file);
        var r = fx.Precise;

        // Act
        var fit = fx.Fit();

        // Assert
        Assert.True(fit.Diagnostics.Converged);
        Assert.Equal(r.GetProperty("fixef_names").EnumerateArray().Select(e => e.GetString()), fit.FixedEffects.Select(f => f.Name));
        Close.All(r.GetProperty("fixef").Doubles(), fit.FixedEffects.Select(f => f.Estimate!.Value).ToArray(), FixedTol, "fixef");
        var se = r.GetProperty("se").Doubles();
        var t = r.GetProperty("t").Doubles();
        for (var j = 0; j < se.Length; j++)
        {
            Close.Relative(se[j], fit.FixedEffects[j].StandardError!.Value, FixedTol, $"se[{j}]");
            Close.Relative(t[j], fit.FixedEffects[j].TValue!.Value, FixedTol, $"t[{j}]");
        }

        var vcov = r.GetProperty("vcov").Doubles();
        var p = se.Length;
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                Close.Equal(vcov[(j * p) + i], fit.FixedEffectsCovariance[i, j], FixedTol * Math.Sqrt(vcov[(i * p) + i] * vcov[(j * p) + j]), $"vcov[{i},{j}]");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fit_RFixture_VarianceComponentsAndLikelihoodMatchLme4(string file)
    {
        // Arrange
        var fx = MixedFixture.Load(file);
        var r = fx.Precise;

        // Act
        var fit = fx.Fit();

        // Assert
        var vc = fit.VarianceComponents;
        Close.All(r.GetProperty("theta").Doubles(), vc.Theta.ToArray(), VarianceTol, "theta");
        Close.Relative(r.GetProperty("sigma").GetDouble(), vc.ResidualSd, VarianceTol, "sigma");
        var sd = r.GetProperty("sd_re").Doubles();
        Close.Relative(sd[0], vc.InterceptSd, VarianceTol, "intercept SD");
        if (sd.Length == 2)
        {
            Close.Equal(sd[1], vc.SlopeSd!.Value, VarianceTol, "slope SD");
        }

        Close.Equal(MixedFixture.Criterion(r), MixedFixture.Criterion(fit), LogLikTol, "−2 logLik");
        Close.Equal(r.GetProperty("loglik").GetDouble(), fit.LogLikelihood, LogLikTol, "logLik");
        Close.Equal(r.GetProperty("aic").GetDouble(), fit.Aic, LogLikTol, "AIC");
        Close.Equal(r.GetProperty("bic").GetDouble(), fit.Bic, LogLikTol, "BIC");
        Assert.Equal(r.GetProperty("loglik_df").GetInt32(), fit.ParameterCount);
        Assert.Equal(r.GetProperty("nobs").GetInt32(), fit.ObservationCount);
        Assert.Equal(r.GetProperty("ngroups").GetInt32(), fit.GroupCount);
        Assert.Equal(r.GetProperty("is_singular").GetBoolean(), fit.IsSingular);
        Assert.Equal(fx.Reml ? MixedModelMethod.RestrictedMaximumLikelihood : MixedModelMethod.MaximumLikelihood, fit.Options.Method);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fit_RFixture_ConditionalModesMatchRanef(string file)
    {
        // Arrange
        var fx = MixedFixture.Load(file);
        var r = fx.Precise;
        var groups = r.GetProperty("groups").EnumerateArray().Select(e => int.Parse(e.GetString()!)).ToArray();
        var ranef = r.GetProperty("ranef").EnumerateArray().Select(e => e.Doubles()).ToArray();
        var condSd = r.GetProperty("ranef_cond_sd").EnumerateArray().Select(e => e.Doubles()).ToArray();

        // Act
        var fit = fx.Fit();

        // Assert: BLUPs on the scale of the response; absolute tolerance scaled by the random-effect SD
        var byKey = fit.RandomEffects.ToDictionary(b => b.Group);
        var scale0 = Math.Max(1, fit.VarianceComponents.InterceptSd);
        var scale1 = Math.Max(1, fit.VarianceComponents.SlopeSd ?? 1);
        for (var i = 0; i < groups.Length; i++)
        {
            var b = byKey[groups[i]];
            Close.Equal(ranef[0][i] / scale0, b.Intercept / scale0, VarianceTol, $"b0 {groups[i]}");
            Close.Equal(condSd[0][i] / scale0, b.InterceptConditionalSd / scale0, VarianceTol, $"condSd0 {groups[i]}");
            if (ranef.Length == 2)
            {
                Close.Equal(ranef[1][i] / scale1, b.Slope!.Value / scale1, VarianceTol, $"b1 {groups[i]}");
                Close.Equal(condSd[1][i] / scale1, b.SlopeConditionalSd!.Value / scale1, VarianceTol, $"condSd1 {groups[i]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fit_RFixture_SatterthwaiteMatchesLmerTest(string file)
    {
        // Arrange
        var fx = MixedFixture.Load(file);
        var r = fx.Precise;

        // Act
        var fit = fx.Fit();

        // Assert
        var df = r.GetProperty("satterthwaite_df").Doubles();
        var p = r.GetProperty("satterthwaite_p").Doubles();
        for (var j = 0; j < df.Length; j++)
        {
            Close.Relative(df[j], fit.FixedEffects[j].Df!.Value, DfTol, $"df[{j}]");
            Close.Relative(p[j], fit.FixedEffects[j].PValue!.Value, DfTol, $"p[{j}]");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fit_RFixture_OptimumAtLeastAsGoodAsLme4Default(string file)
    {
        // Arrange
        var fx = MixedFixture.Load(file);

        // Act
        var fit = fx.Fit();

        // Assert: never worse than lme4's default optimiser (nloptwrap), whose stopping rule is looser; fixed effects
        // then agree with its output at 1e-4 relative to their SE-scaled size.
        Assert.True(MixedFixture.Criterion(fit) <= MixedFixture.Criterion(fx.Default) + 1e-8,
            $"ours {MixedFixture.Criterion(fit):R} vs lme4 default {MixedFixture.Criterion(fx.Default):R}");
        var fe = fx.Default.GetProperty("fixef").Doubles();
        var se = fx.Default.GetProperty("se").Doubles();
        for (var j = 0; j < fe.Length; j++)
        {
            Assert.True(Math.Abs(fit.FixedEffects[j].Estimate!.Value - fe[j]) <= 1e-4 * Math.Max(Math.Abs(fe[j]), se[j]), $"fixef[{j}]");
        }
    }

    [Fact]
    public void Fit_AlsMl_FindsHigherLikelihoodThanLme4DefaultWhichWarned()
    {
        // Arrange: lme4's default fit of this model stops with "Model failed to converge with max|grad| = 0.0024"
        var fx = MixedFixture.Load("als_ml.json");

        // Act
        var fit = fx.Fit();

        // Assert: our deviance is lower than lme4's default by > 1e-6 and equal to the precise refit's within 1e-6
        Assert.True(MixedFixture.Criterion(fx.Default) - MixedFixture.Criterion(fit) > 1e-6);
        Close.Equal(MixedFixture.Criterion(fx.Precise), MixedFixture.Criterion(fit), LogLikTol, "deviance");
        Close.All(fx.Default.GetProperty("theta").Doubles(), fit.VarianceComponents.Theta.ToArray(), 1e-3, "theta vs default");
    }

    [Fact]
    public void Fit_DataWhereLme4StopsOnTheta11Bound_FindsTheBetterOptimum()
    {
        // Arrange: from its default start lme4 stops at θ₁₁ = 0 (REML criterion 1547.4334); started elsewhere it reaches
        // 1547.4053. θ is unconstrained in our Newton iterations, so the bound cannot trap it.
        var fx = MixedFixture.Load("lme4_boundary_trap.json");

        // Act
        var fit = fx.Fit();

        // Assert
        Assert.True(fit.Diagnostics.Converged);
        Assert.True(MixedFixture.Criterion(fx.Default) - MixedFixture.Criterion(fit) > 0.01);
        Close.Equal(MixedFixture.Criterion(fx.Precise), MixedFixture.Criterion(fit), LogLikTol, "REML criterion");
        Close.All(fx.Precise.GetProperty("theta").Doubles(), fit.VarianceComponents.Theta.ToArray(), VarianceTol, "theta");
        var fe = fx.Precise.GetProperty("fixef").Doubles();
        var se = fx.Precise.GetProperty("se").Doubles();
        for (var j = 0; j < fe.Length; j++)
        {
            Close.Relative(fe[j], fit.FixedEffects[j].Estimate!.Value, FixedTol, $"fixef[{j}]");
            Close.Relative(se[j], fit.FixedEffects[j].StandardError!.Value, FixedTol, $"se[{j}]");
            Close.Relative(fx.Precise.GetProperty("satterthwaite_df").Doubles()[j], fit.FixedEffects[j].Df!.Value, DfTol, $"df[{j}]");
        }
    }

    [Fact]
    public void Contrast_AlsTreatedArmSlope_MatchesContest1D()
    {
        // Arrange
        var fx = MixedFixture.Load("als_reml.json");
        var fit = fx.Fit();

        foreach (var c in fx.Precise.GetProperty("contrasts").EnumerateArray())
        {
            // Act
            var res = fit.Contrast(c.GetProperty("L").Doubles());

            // Assert
            Close.Relative(c.GetProperty("estimate").GetDouble(), res.Estimate, FixedTol, "estimate");
            Close.Relative(c.GetProperty("se").GetDouble(), res.StandardError, FixedTol, "se");
            Close.Relative(c.GetProperty("df").GetDouble(), res.Df, DfTol, "df");
            Close.Relative(c.GetProperty("t").GetDouble(), res.TValue, FixedTol, "t");
            Close.Relative(c.GetProperty("p").GetDouble(), res.PValue, DfTol, "p");
        }
    }

    [Fact]
    public void Fit_ShuffledRowsAndStringKeys_SameFit()
    {
        // Arrange
        var fx = MixedFixture.Load("als_reml.json");
        var n = fx.Y.Length;
        var perm = Enumerable.Range(0, n).Select(i => (i * 7919) % n).ToArray(); // 7919 is prime and coprime to n
        Assert.Equal(n, perm.Distinct().Count());
        var months = fx.X.Column(0).ToArray();
        var x = DesignMatrix.FromColumns(fx.X.Names.Select((name, j) =>
        {
            var col = fx.X.Column(j).ToArray();
            return (name, perm.Select(i => col[i]).ToArray());
        }).ToArray());

        // Act
        var a = fx.Fit();
        var b = LinearMixedModel.Fit(perm.Select(i => fx.Y[i]).ToArray(), x, perm.Select(i => $"id{fx.Group[i]}").ToArray(),
            RandomEffectsTerm.InterceptAndSlope(perm.Select(i => months[i]).ToArray(), "months"));

        // Assert
        for (var j = 0; j < a.FixedEffects.Count; j++)
        {
            Close.Relative(a.FixedEffects[j].Estimate!.Value, b.FixedEffects[j].Estimate!.Value, 1e-8, "fixef");
            Close.Relative(a.FixedEffects[j].StandardError!.Value, b.FixedEffects[j].StandardError!.Value, 1e-8, "se");
        }

        Close.Equal(MixedFixture.Criterion(a), MixedFixture.Criterion(b), 1e-8, "criterion");
        var blupA = a.RandomEffects.ToDictionary(r => $"id{r.Group}");
        Assert.All(b.RandomEffects, r => Close.Equal(blupA[r.Group].Slope!.Value, r.Slope!.Value, 1e-8, r.Group));
    }
}
