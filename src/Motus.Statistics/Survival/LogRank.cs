using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Survival;

/// <summary>
/// The log-rank test and the Harrington–Fleming G-rho family, optionally stratified.
/// R: <c>survival::survdiff(Surv(time, status) ~ group + strata(s), rho = …)</c>; matches survival 3.5-3 to 1e-10.
/// </summary>
/// <remarks>
/// At each event time t (within stratum) with n at risk, d events, n_g at risk in group g and weight
/// w = S(t−)^rho (S the left-continuous pooled Kaplan–Meier of the stratum): O_g += w·d_g, E_g += w·d·n_g/n,
/// V_gg += w²·d·(n−d)/(n−1)·(n_g/n)(1 − n_g/n), V_gh −= w²·d·(n−d)/(n−1)·(n_g/n)(n_h/n). rho = 0 is the log-rank
/// test (Mantel 1966, Cancer Chemother Rep 50:163–170; Peto &amp; Peto 1972, J R Stat Soc A 135:185–207); rho = 1
/// is survdiff's Peto–Peto modification of the Gehan–Wilcoxon test (Harrington &amp; Fleming 1982, Biometrika
/// 69:553–566). Strata contribute separate O, E and V, which are summed.
/// Counting-process input gives risk sets {entry &lt; t ≤ exit} (left truncation); survdiff only accepts
/// right-censored data, so that case is checked against the same algorithm written out in R (fixtures make.R).
/// O(n log n).
/// </remarks>
public static class LogRank
{
    /// <summary>Tests equality of the survival curves of the groups.</summary>
    /// <param name="data">Survival outcome; right-censored or counting-process (entry, exit].</param>
    /// <param name="groups">Group code per row (at least two distinct codes).</param>
    /// <param name="strata">Optional stratum code per row; null for an unstratified test.</param>
    /// <param name="rho">G-rho exponent, finite; default 0 (log-rank). 1 gives survdiff's Peto–Peto test.</param>
    /// <exception cref="StatisticsInputException">
    /// Mismatched lengths, fewer than two groups, a non-finite rho, fewer than two groups ever at risk at an event
    /// time, or a singular variance matrix.
    /// </exception>
    public static LogRankResult Test(SurvivalData data, int[] groups, int[]? strata = null, double rho = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(groups);
        Guard.SameLength(("data", data.Count), (nameof(groups), groups.Length));
        if (strata is not null)
        {
            Guard.SameLength(("data", data.Count), (nameof(strata), strata.Length));
        }

        if (!double.IsFinite(rho))
        {
            throw new StatisticsInputException($"rho = {rho}: must be a finite number (0 = log-rank, 1 = Peto–Peto).", nameof(rho));
        }

        var groupCodes = GroupIndex.Levels(groups, out var g);
        var ng = groupCodes.Length;
        if (ng < 2)
        {
            throw new StatisticsInputException($"groups has only one distinct value ({groupCodes[0]}): the test needs at least two groups.", nameof(groups));
        }

        int[]? strataCodes = null;
        var strataParts = strata is null ? [(0, Enumerable.Range(0, data.Count).ToArray())] : GroupIndex.Split(strata);
        if (strata is not null)
        {
            strataCodes = strataParts.Select(x => x.Code).ToArray();
        }

        var ns = strataParts.Count;
        var obsBy = new double[ng, ns];
        var expBy = new double[ng, ns];
        var variance = new double[ng, ng];
        for (var s = 0; s < ns; s++)
        {
            Accumulate(data, g, ng, strataParts[s].Rows, rho, obsBy, expBy, variance, s);
        }

        var n = new int[ng];
        foreach (var gi in g)
        {
            n[gi]++;
        }

        var observed = new double[ng];
        var expected = new double[ng];
        for (var i = 0; i < ng; i++)
        {
            for (var s = 0; s < ns; s++)
            {
                observed[i] += obsBy[i, s];
                expected[i] += expBy[i, s];
            }
        }

        var warnings = new List<string>();
        var used = new List<int>();
        for (var i = 0; i < ng; i++)
        {
            if (expected[i] > 0)
            {
                used.Add(i);
            }
            else
            {
                warnings.Add($"Group {groupCodes[i]} is never at risk at an event time (expected = 0) and is left out of the test, as survdiff does.");
            }
        }

        if (used.Count < 2)
        {
            throw new StatisticsInputException("Fewer than two groups are at risk at any event time: there is nothing to compare.", nameof(groups));
        }

        // Drop the first used group; solve V_sub x = (O − E)_sub.
        var k = used.Count - 1;
        var vsub = new double[k * k];
        var diff = new double[k];
        for (var a = 0; a < k; a++)
        {
            diff[a] = observed[used[a + 1]] - expected[used[a + 1]];
            for (var b = 0; b < k; b++)
            {
                vsub[(a * k) + b] = variance[used[a + 1], used[b + 1]];
            }
        }

        var sol = (double[])diff.Clone();
        if (!DenseAlgebra.TrySolve(vsub, k, sol))
        {
            throw new StatisticsInputException("The variance matrix of O − E is singular (too few events per group); the test cannot be computed.", nameof(groups));
        }

        double chi = 0;
        for (var a = 0; a < k; a++)
        {
            chi += sol[a] * diff[a];
        }

        return new LogRankResult(groupCodes, n, observed, expected, variance, chi, k, Dist.ChiSquareUpper(chi, k), rho,
            strataCodes, strata is null ? null : obsBy, strata is null ? null : expBy, data.IsCountingProcess,
            new FitDiagnostics(true, 0, warnings));
    }

    private static void Accumulate(SurvivalData data, int[] g, int ng, int[] rows, double rho,
        double[,] obsBy, double[,] expBy, double[,] variance, int s)
    {
        var exit = data.ExitArray;
        var evt = data.EventArray;
        var entry = data.EntryArray;
        var m = rows.Length;
        var byStop = (int[])rows.Clone();
        var stopKeys = new double[m];
        for (var i = 0; i < m; i++)
        {
            stopKeys[i] = -exit[byStop[i]];
        }

        Array.Sort(stopKeys, byStop);
        int[]? byStart = null;
        if (entry is not null)
        {
            byStart = (int[])rows.Clone();
            var startKeys = new double[m];
            for (var i = 0; i < m; i++)
            {
                startKeys[i] = -entry[byStart[i]];
            }

            Array.Sort(startKeys, byStart);
        }

        // Descending sweep: per event time, the at-risk and event counts by group.
        var times = new List<double>();
        var atRisk = new List<int>();
        var deaths = new List<int>();
        var nkAll = new List<int>();
        var dkAll = new List<int>();
        var risk = new int[ng];
        var dk = new int[ng];
        int nr = 0, ps = 0, pe = 0;
        while (ps < m)
        {
            var t = exit[byStop[ps]];
            Array.Clear(dk);
            var d = 0;
            for (; ps < m && exit[byStop[ps]] == t; ps++)
            {
                var r = byStop[ps];
                risk[g[r]]++;
                nr++;
                if (evt[r])
                {
                    dk[g[r]]++;
                    d++;
                }
            }

            if (byStart is not null)
            {
                for (; pe < m && entry![byStart[pe]] >= t; pe++)
                {
                    risk[g[byStart[pe]]]--;
                    nr--;
                }
            }

            if (d > 0)
            {
                times.Add(t);
                atRisk.Add(nr);
                deaths.Add(d);
                nkAll.AddRange(risk);
                dkAll.AddRange(dk);
            }
        }

        // Ascending pass: left-continuous Kaplan–Meier weight.
        double km = 1;
        for (var e = times.Count - 1; e >= 0; e--)
        {
            var n = (double)atRisk[e];
            var d = (double)deaths[e];
            var w = rho == 0 ? 1 : Math.Pow(km, rho);
            var off = e * ng;
            for (var j = 0; j < ng; j++)
            {
                obsBy[j, s] += w * dkAll[off + j];
                expBy[j, s] += w * d * nkAll[off + j] / n;
            }

            if (n > 1)
            {
                var w2 = w * w;
                for (var j = 0; j < ng; j++)
                {
                    var tmp = w2 * d * nkAll[off + j] * (n - d) / (n * (n - 1));
                    variance[j, j] += tmp;
                    for (var h = 0; h < ng; h++)
                    {
                        variance[j, h] -= tmp * nkAll[off + h] / n;
                    }
                }
            }

            km *= (n - d) / n;
        }
    }
}
