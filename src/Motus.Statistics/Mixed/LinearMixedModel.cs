using Motus.Statistics.Common;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Mixed;

/// <summary>
/// Linear mixed models with one grouping factor (Laird &amp; Ware 1982, Biometrics 38:963): y = Xβ + Zb + ε,
/// bᵢ ~ N(0, Ψ), ε ~ N(0, σ²I), with a random intercept or a correlated random intercept and slope. lme4's formulation
/// (Bates, Mächler, Bolker &amp; Walker 2015, J Stat Softw 67(1)): β and σ² are profiled out and the (RE)ML deviance is
/// minimised over the relative Cholesky factor θ of Ψ/σ², here by Newton's method with exact derivatives, from
/// per-group sufficient statistics (O(n) once, then O(groups) per iteration; no n × n matrix is formed).
/// Fixed effects are tested with Satterthwaite's df as lmerTest does. R: <c>lme4::lmer</c> + <c>lmerTest</c>.
/// See docs/methods/linear-mixed-model.md.
/// </summary>
public static class LinearMixedModel
{
    /// <summary>
    /// Fits the model. Throws <see cref="StatisticsInputException"/> when the arrays differ in length, a value is not
    /// finite, there are fewer than 2 groups, too few observations for the random effects (n ≤ groups × q, lme4's check),
    /// or no residual degrees of freedom.
    /// </summary>
    /// <typeparam name="TKey">Group key type (patient id as int, string, …).</typeparam>
    /// <param name="y">Response, one value per observation.</param>
    /// <param name="fixedEffects">Fixed-effect predictor columns (no intercept column; see <see cref="LinearMixedModelOptions.Intercept"/>).</param>
    /// <param name="group">Group key of each observation; rows need not be sorted.</param>
    /// <param name="random">The random-effects term: <see cref="RandomEffectsTerm.Intercept"/> or <see cref="RandomEffectsTerm.InterceptAndSlope"/>.</param>
    /// <param name="options">Method (REML default), intercept and tolerances; null for <see cref="LinearMixedModelOptions.Default"/>.</param>
    public static LinearMixedModelResult<TKey> Fit<TKey>(double[] y, DesignMatrix fixedEffects, TKey[] group, RandomEffectsTerm random, LinearMixedModelOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(fixedEffects);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(random);
        options ??= LinearMixedModelOptions.Default;
        options.Validate();
        var n = y.Length;
        Guard.SameLength((nameof(y), n), ("fixedEffects rows", fixedEffects.RowCount), (nameof(group), group.Length),
            ("random slope variable", random.Time?.Length ?? n));
        Guard.Finite(y, nameof(y));
        var q = random.Dimension;
        var warnings = new List<string>();

        var index = GroupIndex<TKey>.Build(group, nameof(group));
        var groups = index.GroupCount;
        if (groups < 2)
        {
            throw new StatisticsInputException($"group has {groups} level(s): a grouping factor must have more than one level (lme4's check).", nameof(group));
        }

        if (n <= groups * q)
        {
            throw new StatisticsInputException(
                $"n = {n} observations is not more than the {groups * q} random effects ({groups} groups × {q}): the random-effects and residual variances are not identifiable (lme4's check.nobs.vs.nRE).", nameof(group));
        }

        var (x, names, kept) = DropAliased(fixedEffects, options, warnings);
        var p = kept.Length;
        var method = options.Method;
        var reml = method == MixedModelMethod.RestrictedMaximumLikelihood;
        if (n - p < 1)
        {
            throw new StatisticsInputException($"n = {n} observations leave no residual degrees of freedom after {p} fixed effects.", nameof(y));
        }

        // With a fixed intercept, y − ȳ has the same fit (β̂₀ absorbs ȳ) and a much smaller yᵀy, so the penalised RSS
        // r² = yᵀy − Σ|c_u|² − |c_β|² loses far fewer digits to cancellation (lme4 works with y itself).
        var shift = 0.0;
        if (options.Intercept)
        {
            foreach (var v in y)
            {
                shift += v;
            }

            shift /= n;
        }

        var data = LmmData.Build(y, shift, x, p, index.GroupOfRow, groups, random.Time);
        DataWarnings(data, random, warnings);

        var ev = new LmmEvaluator(data, reml);
        var der = new LmmDerivatives(ev.M, p);
        double[] start = q == 1 ? [1.0] : [1.0, 0.0, 1.0]; // lme4's starting values
        if (double.IsPositiveInfinity(ev.Evaluate(start)))
        {
            throw new StatisticsInputException("The fixed effects fit y exactly (zero residual sum of squares): there is no variance to partition.", nameof(y));
        }

        var opt = LmmOptimizer.Minimize(ev, der, start, options.MaxIterations, options.StepTolerance);
        if (!opt.Converged)
        {
            warnings.Add($"Newton optimiser did not converge in {opt.Iterations} iterations (max |gradient| = {opt.GradientNorm:G3}); estimates are the best point found.");
        }

        return LmmResultBuilder.Build(index, data, ev, der, opt, names, kept, shift, random, options, warnings);
    }

    private static (double[] X, string[] Names, int[] Kept) DropAliased(DesignMatrix fixedEffects, LinearMixedModelOptions options, List<string> warnings)
    {
        var n = fixedEffects.RowCount;
        var (values, names) = fixedEffects.WithIntercept(options.Intercept);
        var p = names.Length;
        if (p == 0)
        {
            throw new StatisticsInputException("The model has no fixed effects: give predictors or keep options.Intercept = true.", nameof(fixedEffects));
        }

        var qr = PivotedQr.Decompose((double[])values.Clone(), n, p, options.RankTolerance);
        if (qr.Rank == p)
        {
            return (values, names, Enumerable.Range(0, p).ToArray());
        }

        var kept = qr.Pivot.Take(qr.Rank).Order().ToArray();
        var dropped = Enumerable.Range(0, p).Except(kept).Select(j => $"'{names[j]}'");
        warnings.Add($"fixed-effect model matrix is rank deficient so dropping {p - qr.Rank} column(s) / coefficient(s): {string.Join(", ", dropped)} not estimable (aliased with earlier columns).");
        var x = new double[checked(n * kept.Length)];
        for (var j = 0; j < kept.Length; j++)
        {
            Array.Copy(values, kept[j] * n, x, j * n, n);
        }

        return (x, names, kept);
    }

    private static void DataWarnings(LmmData data, RandomEffectsTerm random, List<string> warnings)
    {
        var single = 0;
        var noSpread = 0;
        for (var i = 0; i < data.G; i++)
        {
            var count = data.Zz[i * data.ZzSize];
            if (count == 1)
            {
                single++;
            }

            if (data.Q == 2)
            {
                var st = data.Zz[(3 * i) + 1];
                var stt = data.Zz[(3 * i) + 2];
                var spread = stt - (st * st / count);
                if (spread <= 1e-14 * Math.Max(stt, 1e-300))
                {
                    noSpread++;
                }
            }
        }

        if (single > 0)
        {
            warnings.Add($"{single} of {data.G} groups have a single observation; they inform the random effects only through their level.");
        }

        if (noSpread > 0)
        {
            warnings.Add($"{noSpread} of {data.G} groups have no spread in '{random.SlopeName}' (one visit or all at the same time); they carry no within-group information on the random slope.");
        }
    }
}
