using Motus.Statistics.Common;

namespace Motus.Statistics.Regression;

/// <summary>
/// Per-group (per-patient) least-squares slopes of y on t in O(n): one pass to number the groups, then for each group
/// two-pass centred sums over its contiguous rows (the exact algorithm of Chan, Golub &amp; LeVeque 1983, Am Stat, which
/// stays accurate when t is far from 0, unlike raw power sums). Unsorted input is first copied into group order by a
/// counting sort. No per-group allocation. R: <c>lm(y ~ t)</c> per group; <c>coef(lme4::lmList(y ~ t | g))</c>.
/// See docs/methods/per-patient-slopes.md.
/// </summary>
public static class GroupSlopes
{
    /// <summary>
    /// Fits y = a + b·t separately in every group. Throws <see cref="StatisticsInputException"/> when the arrays differ in
    /// length, are empty, a value is not finite or a key is null.
    /// </summary>
    /// <typeparam name="TKey">Group key type (patient id as int, string, …); compared with its default equality.</typeparam>
    /// <param name="group">Group key of each row; rows of a group need not be contiguous.</param>
    /// <param name="time">Time of each row (e.g. months since baseline).</param>
    /// <param name="y">Response of each row (e.g. ALSFRS-R total).</param>
    /// <param name="rankTolerance">The slope is not estimable when √Σ(t − t̄)² is below this fraction of √Σt² (lm's aliasing rule). Default 1e-7, lm's <c>tol</c>.</param>
    public static GroupSlopesResult<TKey> Fit<TKey>(TKey[] group, double[] time, double[] y, double rankTolerance = LinearRegression.DefaultRankTolerance)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(y);
        Guard.SameLength((nameof(group), group.Length), (nameof(time), time.Length), (nameof(y), y.Length));
        if (group.Length == 0)
        {
            throw new StatisticsInputException("group is empty: there are no observations.", nameof(group));
        }

        Guard.Finite(time, nameof(time));
        Guard.Finite(y, nameof(y));
        if (!(rankTolerance > 0 && rankTolerance < 1))
        {
            throw new StatisticsInputException($"rankTolerance = {rankTolerance}: must be strictly between 0 and 1.", nameof(rankTolerance));
        }

        var index = GroupIndex<TKey>.Build(group, nameof(group));
        var offsets = index.Offsets();
        var t = index.Contiguous ? time : index.Gather(time, offsets);
        var v = index.Contiguous ? y : index.Gather(y, offsets);
        var groups = new GroupSlope<TKey>[index.GroupCount];
        var tol2 = rankTolerance * rankTolerance;
        for (var g = 0; g < groups.Length; g++)
        {
            var start = offsets[g];
            var len = offsets[g + 1] - start;
            groups[g] = FitOne(index.Keys[g], t.AsSpan(start, len), v.AsSpan(start, len), tol2);
        }

        return new GroupSlopesResult<TKey>(groups, rankTolerance, index.Contiguous, new FitDiagnostics(true, 0, Warnings(groups)));
    }

    private static GroupSlope<TKey> FitOne<TKey>(TKey key, ReadOnlySpan<double> t, ReadOnlySpan<double> y, double tol2)
    {
        var n = t.Length;
        double st = 0, sy = 0, min = t[0], max = t[0];
        for (var i = 0; i < n; i++)
        {
            st += t[i];
            sy += y[i];
            min = Math.Min(min, t[i]);
            max = Math.Max(max, t[i]);
        }

        if (n == 1)
        {
            return new GroupSlope<TKey>(key, 1, null, null, null, null, min, max, SlopeStatus.SingleObservation);
        }

        var tbar = st / n;
        var ybar = sy / n;
        double stt = 0, sty = 0;
        for (var i = 0; i < n; i++)
        {
            var dt = t[i] - tbar;
            stt += dt * dt;
            sty += dt * (y[i] - ybar);
        }

        // lm's aliasing rule: the centred norm of t against its raw norm (a zero raw norm counts as 1, as in dqrdc2)
        var raw2 = stt + (n * tbar * tbar);
        if (stt < tol2 * (raw2 == 0 ? 1.0 : raw2))
        {
            return new GroupSlope<TKey>(key, n, null, null, null, null, min, max, SlopeStatus.NoTimeSpread);
        }

        var slope = sty / stt;
        var intercept = ybar - (slope * tbar);
        if (n == 2)
        {
            return new GroupSlope<TKey>(key, 2, slope, null, intercept, null, min, max, SlopeStatus.TwoObservations);
        }

        var rss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var r = y[i] - ybar - (slope * (t[i] - tbar));
            rss += r * r;
        }

        var sigma2 = rss / (n - 2);
        return new GroupSlope<TKey>(key, n, slope, Math.Sqrt(sigma2 / stt), intercept, Math.Sqrt(sigma2), min, max, SlopeStatus.Estimated);
    }

    private static List<string> Warnings<TKey>(GroupSlope<TKey>[] groups)
    {
        int single = 0, flat = 0, two = 0;
        foreach (var g in groups)
        {
            switch (g.Status)
            {
                case SlopeStatus.SingleObservation: single++; break;
                case SlopeStatus.NoTimeSpread: flat++; break;
                case SlopeStatus.TwoObservations: two++; break;
                default: break;
            }
        }

        var warnings = new List<string>();
        if (single > 0)
        {
            warnings.Add($"{single} of {groups.Length} groups have a single observation: slope not estimable.");
        }

        if (flat > 0)
        {
            warnings.Add($"{flat} of {groups.Length} groups have all observations at the same time: slope not estimable.");
        }

        if (two > 0)
        {
            warnings.Add($"{two} of {groups.Length} groups have exactly two observations: slope given, standard error not estimable (0 residual df).");
        }

        return warnings;
    }
}
