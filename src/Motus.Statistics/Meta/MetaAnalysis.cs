using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>
/// Inverse-variance meta-analysis of study estimates yᵢ with known sampling variances vᵢ: fixed effect, or random effects
/// with τ² by DerSimonian–Laird, REML or Paule–Mandel; z, Hartung–Knapp or modified Hartung–Knapp tests; Q, I², H²;
/// prediction interval; Q-profile intervals for τ²; leave-one-out. R: <c>metafor::rma()</c>, <c>predict()</c>,
/// <c>confint()</c>, <c>leave1out()</c>. Every computation is O(k) per τ² evaluation. See docs/methods/meta-analysis.md.
/// </summary>
public static class MetaAnalysis
{
    /// <summary>
    /// Fits the model. R: <c>rma(yi, vi, method, test, level)</c> plus <c>predict()</c> and <c>weights()</c>.
    /// Tolerance against metafor 3.8-1: 1e-6 relative for closed-form quantities, 1e-5 when they depend on an iterative τ².
    /// </summary>
    /// <param name="yi">Study estimates, finite.</param>
    /// <param name="vi">Their sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Method, test, level…; null means <see cref="MetaAnalysisOptions.Default"/> (REML, z, 95%).</param>
    /// <exception cref="StatisticsInputException">Empty or mismatched arrays, non-finite values, or a variance ≤ 0.</exception>
    public static MetaAnalysisResult Fit(ReadOnlySpan<double> yi, ReadOnlySpan<double> vi, MetaAnalysisOptions? options = null)
    {
        options ??= MetaAnalysisOptions.Default;
        options.Validate();
        MetaFitter.Validate(yi, vi);
        return MetaFitter.Fit(yi, vi, options);
    }

    /// <summary>
    /// Fits the model to effect sizes from <see cref="EffectSize"/> and adds the natural-scale summary
    /// (<see cref="MetaAnalysisResult.BackTransformed"/>) for logit and Freeman–Tukey proportions and log ratios. Warnings of the
    /// effect-size step (zero-variance studies, dropped studies) are carried into the diagnostics.
    /// R: <c>predict(rma(yi, vi, data = escalc(…)), transf = transf.ilogit | transf.ipft.hm | exp)</c>.
    /// </summary>
    /// <param name="effects">The effect sizes.</param>
    /// <param name="options">As for <see cref="Fit(ReadOnlySpan{double}, ReadOnlySpan{double}, MetaAnalysisOptions?)"/>.</param>
    public static MetaAnalysisResult Fit(EffectSizes effects, MetaAnalysisOptions? options = null)
    {
        var fit = Fit(effects.Yi, effects.Vi, options);
        var back = BackTransformSummary(fit, effects.Measure, effects.SampleSizes);
        if (effects.Warnings.Count == 0)
        {
            return fit with { BackTransformed = back };
        }

        var warnings = new List<string>(effects.Warnings);
        warnings.AddRange(fit.Diagnostics.Warnings);
        return fit with { BackTransformed = back, Diagnostics = fit.Diagnostics with { Warnings = warnings } };
    }

    /// <summary>
    /// The pooled estimate and its confidence and prediction bounds on the natural scale of <paramref name="measure"/>:
    /// inverse logit (PLO), Miller's inverse Freeman–Tukey at the harmonic mean of <paramref name="sampleSizes"/> (PFT), exp
    /// (RR, OR). Null for measures already on their natural scale (PR, MD, SMD).
    /// R: <c>predict(fit, transf = transf.ilogit | transf.ipft.hm | exp, targs = list(ni = ni))</c>.
    /// </summary>
    /// <param name="fit">A fitted meta-analysis.</param>
    /// <param name="measure">The scale the fit was made on.</param>
    /// <param name="sampleSizes">Study sample sizes; required for Freeman–Tukey, ignored otherwise.</param>
    public static BackTransformedSummary? BackTransformSummary(MetaAnalysisResult fit, EffectMeasure measure, ReadOnlySpan<double> sampleSizes = default)
    {
        Func<double, double>? f;
        BackTransform kind;
        double? nhm = null;
        switch (measure)
        {
            case EffectMeasure.LogitProportion:
                kind = BackTransform.InverseLogit;
                f = MetaTransforms.InverseLogit;
                break;
            case EffectMeasure.FreemanTukeyProportion:
                var n = MetaTransforms.HarmonicMean(sampleSizes);
                nhm = n;
                kind = BackTransform.InverseFreemanTukeyHarmonicMean;
                f = t => MetaTransforms.InverseFreemanTukey(t, n);
                break;
            case EffectMeasure.LogRiskRatio or EffectMeasure.LogOddsRatio:
                kind = BackTransform.Exponential;
                f = Math.Exp;
                break;
            default:
                return null;
        }

        var pi = fit.Prediction;
        return new BackTransformedSummary(kind, f(fit.Estimate), f(fit.CiLower), f(fit.CiUpper),
            pi is null ? null : f(pi.Lower), pi is null ? null : f(pi.Upper), nhm);
    }

    /// <summary>
    /// Q-profile confidence intervals for τ², τ, I² and H² of a random-effects fit (Viechtbauer 2007, Stat Med).
    /// R: <c>confint(fit)</c>, with metafor's search interval [0, max(100, 10·τ̂²)] unless <paramref name="upperSearchLimit"/> is given.
    /// Tolerance against metafor: 1e-5.
    /// </summary>
    /// <param name="yi">The study estimates the fit was made on.</param>
    /// <param name="vi">Their sampling variances.</param>
    /// <param name="fit">The random-effects fit (supplies τ̂², I², H², tolerance, and the default level).</param>
    /// <param name="level">Confidence level; null means the fit's level (as confint does).</param>
    /// <param name="upperSearchLimit">Largest τ² searched; null means metafor's max(100, 10·τ̂²).</param>
    /// <exception cref="StatisticsInputException">A fixed-effect fit, k = 1, or data not matching the fit.</exception>
    public static HeterogeneityInterval HeterogeneityConfidenceInterval(ReadOnlySpan<double> yi, ReadOnlySpan<double> vi, MetaAnalysisResult fit,
        double? level = null, double? upperSearchLimit = null)
    {
        MetaFitter.Validate(yi, vi);
        if (fit.Options.Method == MetaMethod.FixedEffect)
        {
            throw new StatisticsInputException("fit is a fixed-effect model: it has no between-study variance to bound.", nameof(fit));
        }

        if (yi.Length != fit.K)
        {
            throw new StatisticsInputException($"yi has {yi.Length} studies but the fit has {fit.K}: pass the data the fit was made on.", nameof(yi));
        }

        if (fit.K < 2)
        {
            throw new StatisticsInputException("k = 1: a confidence interval for τ² needs at least two studies.", nameof(yi));
        }

        var lvl = level ?? fit.Options.Level;
        Guard.Probability(lvl, nameof(level));
        return QProfile.Compute(yi, vi, fit, lvl, upperSearchLimit);
    }

    /// <summary>
    /// Refits the meta-analysis k times, omitting one study each time. R: <c>leave1out(rma(yi, vi, method, test))</c>.
    /// </summary>
    /// <param name="yi">Study estimates.</param>
    /// <param name="vi">Their sampling variances.</param>
    /// <param name="options">Options of every refit; null means <see cref="MetaAnalysisOptions.Default"/>.</param>
    /// <exception cref="StatisticsInputException">Invalid data, or k &lt; 3 (each refit then has a single study).</exception>
    public static LeaveOneOutResult LeaveOneOut(ReadOnlySpan<double> yi, ReadOnlySpan<double> vi, MetaAnalysisOptions? options = null)
    {
        options ??= MetaAnalysisOptions.Default;
        options.Validate();
        MetaFitter.Validate(yi, vi);
        if (yi.Length < 3)
        {
            throw new StatisticsInputException($"k = {yi.Length}: leave-one-out needs at least 3 studies so that every refit pools two or more.", nameof(yi));
        }

        return LeaveOneOutRunner.Run(yi, vi, options);
    }
}
