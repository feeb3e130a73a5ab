using Motus.Statistics.Common;
using Motus.Statistics.Distributions;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Mixed;

/// <summary>Turns the optimum into the result record: fixed-effects table, variance components, BLUPs, criteria, warnings.</summary>
internal static class LmmResultBuilder
{
    /// <summary>lme4's message for a singular fit, verbatim.</summary>
    public const string SingularMessage = "boundary (singular) fit: see help('isSingular')";

    public static LinearMixedModelResult<TKey> Build<TKey>(
        GroupIndex<TKey> index, LmmData data, LmmEvaluator ev, LmmDerivatives der, LmmOptimizer.Outcome opt,
        string[] names, int[] kept, double shift, RandomEffectsTerm random, LinearMixedModelOptions options, List<string> warnings)
        where TKey : notnull
    {
        var p = data.P;
        var q = data.Q;
        var theta = opt.Theta;
        var reml = ev.Reml;
        var sigma = Math.Sqrt(ev.PenalizedRss / ev.DfResidual);
        var s2 = sigma * sigma;

        // Satterthwaite state and the fixed-effects table
        var satt = Satterthwaite.Build(ev, der, theta, sigma);
        warnings.AddRange(satt.Warnings);
        var cov = new double[p, p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                cov[i, j] = s2 * ev.C[(i * p) + j];
            }
        }

        var fixedEffects = new FixedEffect[names.Length];
        var position = new int[names.Length];
        Array.Fill(position, -1);
        for (var j = 0; j < kept.Length; j++)
        {
            position[kept[j]] = j;
        }

        var l = new double[p];
        var undefinedDf = new List<string>();
        for (var c = 0; c < names.Length; c++)
        {
            var j = position[c];
            if (j < 0)
            {
                fixedEffects[c] = new FixedEffect(names[c], null, null, null, null, null);
                continue;
            }

            Array.Clear(l);
            l[j] = 1;
            var (variance, df) = satt.Evaluate(l);
            var est = ev.Beta[j] + (j == 0 ? shift : 0); // the response was centred when the model has an intercept (column 0)
            var se = Math.Sqrt(variance);
            var t = est / se;
            if (df is null)
            {
                undefinedDf.Add(names[c]);
            }

            fixedEffects[c] = new FixedEffect(names[c], est, se, df, t, df is { } d ? Dist.TTwoSided(t, d) : null);
        }

        if (undefinedDf.Count > 0)
        {
            warnings.Add($"Satterthwaite df not defined for {string.Join(", ", undefinedDf)} (its variance does not depend on the variance parameters); df and p are null.");
        }

        var vc = Components(theta, sigma, q, options.SingularTolerance);
        var isSingular = IsSingular(theta, options.SingularTolerance);
        if (isSingular)
        {
            warnings.Add(SingularMessage);
            warnings.Add(SingularDetail(theta, q, options.SingularTolerance));
        }

        // conditional modes
        var modes = new double[data.G * q];
        var condSd = new double[data.G * q];
        ev.ConditionalModes(theta, sigma, modes, condSd);
        var re = new GroupRandomEffects<TKey>[data.G];
        for (var i = 0; i < data.G; i++)
        {
            re[i] = new GroupRandomEffects<TKey>(index.Keys[i], index.Counts[i], modes[i * q], q == 2 ? modes[(i * q) + 1] : null,
                condSd[i * q], q == 2 ? condSd[(i * q) + 1] : null);
        }

        var k = p + theta.Length + 1;
        var crit = opt.Deviance;
        var logLik = -crit / 2;
        var diagnostics = new FitDiagnostics(opt.Converged, opt.Iterations, warnings);
        return new LinearMixedModelResult<TKey>(
            options, random.SlopeName, fixedEffects, cov, vc, re, logLik,
            reml ? crit : null, reml ? null : crit,
            crit + (2 * k), crit + (k * Math.Log(data.N)), k, data.N, data.G, isSingular, opt.GradientNorm, diagnostics)
        {
            SatterthwaiteState = satt,
        };
    }

    private static VarianceComponents Components(double[] theta, double sigma, int q, double tol)
    {
        if (q == 1)
        {
            return new VarianceComponents(sigma * Math.Abs(theta[0]), null, null, sigma, theta);
        }

        var d11 = theta[0] * theta[0];
        var d21 = theta[0] * theta[1];
        var d22 = (theta[1] * theta[1]) + (theta[2] * theta[2]);
        var sd0 = Math.Sqrt(d11);
        var sd1 = Math.Sqrt(d22);
        double? corr = sd0 < tol || sd1 < tol ? null : Math.Clamp(d21 / (sd0 * sd1), -1, 1);
        return new VarianceComponents(sigma * sd0, sigma * sd1, corr, sigma, theta);
    }

    private static bool IsSingular(double[] theta, double tol) =>
        theta.Length == 1 ? theta[0] < tol : theta[0] < tol || theta[2] < tol;

    private static string SingularDetail(double[] theta, int q, double tol)
    {
        if (q == 1)
        {
            return "The random-intercept variance is estimated as zero (θ below the singular tolerance): the model reduces to ordinary least squares.";
        }

        var parts = new List<string>();
        if (theta[0] < tol)
        {
            parts.Add("the random-intercept variance is estimated as zero");
        }

        var slopeSd = Math.Sqrt((theta[1] * theta[1]) + (theta[2] * theta[2]));
        if (slopeSd < tol)
        {
            parts.Add("the random-slope variance is estimated as zero, so the intercept–slope correlation is not defined (reported as null)");
        }
        else if (theta[2] < tol && theta[0] >= tol)
        {
            parts.Add($"the intercept–slope correlation is estimated at {(theta[1] >= 0 ? "+1" : "−1")} (random slopes are a linear function of the random intercepts)");
        }

        return $"Singular fit: {string.Join("; ", parts)}.";
    }
}
