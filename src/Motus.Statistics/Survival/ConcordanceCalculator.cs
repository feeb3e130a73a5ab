namespace Motus.Statistics.Survival;

/// <summary>
/// Harrell's C and its infinitesimal-jackknife variance in O(n log n), the algorithm of R's concordance3.c /
/// concordance4.c (survival 3.5-3) with Fenwick trees over the ranks of the predictor in place of R's balanced
/// binary tree. Computed with the predictor's sign as given ("larger x, longer survival"), then reversed for a Cox
/// linear predictor, as <c>concordancefit(…, reverse = TRUE)</c>.
/// </summary>
internal static class ConcordanceCalculator
{
    public static Concordance ForCox(double[]? entry, double[] exit, bool[] evt, double[] lp, int[] stratum, int strata,
        double[] weight, int[]? cluster, int clusters)
    {
        var n = exit.Length;
        var count = new double[5];
        var inf = new double[n * 3];
        var rowsByStratum = new List<int>[strata];
        for (var s = 0; s < strata; s++)
        {
            rowsByStratum[s] = [];
        }

        for (var i = 0; i < n; i++)
        {
            rowsByStratum[stratum[i]].Add(i);
        }

        foreach (var rows in rowsByStratum)
        {
            if (rows.Count > 0)
            {
                Stratum(entry, exit, evt, lp, weight, rows.ToArray(), count, inf);
            }
        }

        var npair = count[0] + count[1] + count[2];
        var somer = (count[0] - count[1]) / npair;
        double var;
        if (cluster is null)
        {
            double ss = 0;
            for (var i = 0; i < n; i++)
            {
                var d = Dfbeta(i);
                ss += d * d;
            }

            var = ss;
        }
        else
        {
            var sums = new double[clusters];
            for (var i = 0; i < n; i++)
            {
                sums[cluster[i]] += Dfbeta(i);
            }

            double ss = 0;
            foreach (var d in sums)
            {
                ss += d * d;
            }

            var = ss;
        }

        // reverse = TRUE: concordance → 1 − concordance, concordant ↔ discordant.
        var c = 1 - ((somer + 1) / 2);
        // Pairs tied on both time and predictor were also counted as tied on time (concordance3.c does the same subtraction).
        return new Concordance(count[1], count[0], count[2], count[3] - count[4], count[4], c, Math.Sqrt(var / 4));

        double Dfbeta(int i) =>
            weight[i] * (((inf[(i * 3) + 0] - inf[(i * 3) + 1]) / npair) - (somer / npair * (inf[(i * 3) + 0] + inf[(i * 3) + 1] + inf[(i * 3) + 2])));
    }

    private static void Stratum(double[]? entry, double[] exit, bool[] evt, double[] x, double[] wt, int[] rows,
        double[] count, double[] inf)
    {
        var m = rows.Length;

        // Ranks of the predictor (exact equality ties, as R's match(x, sort(unique(x)))): one sort of the values with
        // their positions, then equal neighbours share a rank.
        var sortedX = new double[m];
        var byX = new int[m];
        for (var k = 0; k < m; k++)
        {
            sortedX[k] = x[rows[k]];
            byX[k] = k;
        }

        Array.Sort(sortedX, byX);
        var rank = new int[m];
        var u = 0;
        for (var k = 0; k < m; k++)
        {
            if (k > 0 && sortedX[k] != sortedX[k - 1])
            {
                u++;
            }

            rank[byX[k]] = u;
        }

        u++;

        // Order: time descending, censored before events at a tie, then predictor ascending (R's sort.stop).
        var byStop = new int[m];
        var keys = new double[m];
        for (var k = 0; k < m; k++)
        {
            byStop[k] = k;
            keys[k] = -exit[rows[k]];
        }

        Array.Sort(keys, byStop);
        var secondary = new int[m];
        for (var a = 0; a < m;)
        {
            var b = a + 1;
            while (b < m && keys[b] == keys[a])
            {
                b++;
            }

            if (b - a > 1)
            {
                for (var k = a; k < b; k++)
                {
                    var kk = byStop[k];
                    secondary[k] = (evt[rows[kk]] ? u : 0) + rank[kk];
                }

                Array.Sort(secondary, byStop, a, b - a);
            }

            a = b;
        }

        int[]? byStart = null;
        if (entry is not null)
        {
            byStart = new int[m];
            var startKeys = new double[m];
            for (var k = 0; k < m; k++)
            {
                byStart[k] = k;
                startKeys[k] = -entry[rows[k]];
            }

            Array.Sort(startKeys, byStart);
        }

        var all = new Fenwick(u);
        var deaths = new Fenwick(u);
        var i2 = 0;
        for (var i = 0; i < m;)
        {
            var kk = byStop[i];
            var r = rows[kk];
            if (!evt[r])
            {
                deaths.Split(rank[kk], out var less, out var equal, out var greater);
                inf[(r * 3) + 0] -= less;
                inf[(r * 3) + 1] -= greater;
                inf[(r * 3) + 2] -= equal;
                all.Add(rank[kk], wt[r]);
                i++;
                continue;
            }

            var t = exit[r];
            if (byStart is not null)
            {
                for (; i2 < m && entry![rows[byStart[i2]]] >= t; i2++)
                {
                    var jj = byStart[i2];
                    var rj = rows[jj];
                    deaths.Split(rank[jj], out var less, out var equal, out var greater);
                    inf[(rj * 3) + 0] += less;
                    inf[(rj * 3) + 1] += greater;
                    inf[(rj * 3) + 2] += equal;
                    all.Add(rank[jj], -wt[rj]);
                }
            }

            // Pass 1: compare each death with everyone still at risk (not the other deaths at this time).
            var j = i;
            double dwt = 0, dwt2 = 0;
            var xsave = rank[kk];
            for (; j < m && exit[rows[byStop[j]]] == t; j++)
            {
                var jj = byStop[j];
                var rj = rows[jj];
                count[3] += wt[rj] * dwt;
                dwt += wt[rj];
                if (rank[jj] != xsave)
                {
                    dwt2 = 0;
                    xsave = rank[jj];
                }

                count[4] += wt[rj] * dwt2;
                dwt2 += wt[rj];
                all.Split(rank[jj], out var less, out var equal, out var greater);
                count[0] += wt[rj] * greater;
                count[1] += wt[rj] * less;
                count[2] += wt[rj] * equal;
                inf[(rj * 3) + 0] += greater;
                inf[(rj * 3) + 1] += less;
                inf[(rj * 3) + 2] += equal;
                deaths.Add(rank[jj], wt[rj]);
            }

            // Pass 2: the deaths join the risk set for earlier times.
            for (var q = i; q < j; q++)
            {
                var jj = byStop[q];
                var rj = rows[jj];
                deaths.Split(rank[jj], out var less, out var equal, out var greater);
                inf[(rj * 3) + 0] -= less;
                inf[(rj * 3) + 1] -= greater;
                inf[(rj * 3) + 2] -= equal;
                all.Add(rank[jj], wt[rj]);
            }

            i = j;
        }

        // Rows still in the risk set at the end: add the deaths that happened while they were at risk.
        if (byStart is not null)
        {
            for (; i2 < m; i2++)
            {
                Finish(byStart[i2]);
            }
        }
        else
        {
            for (var k = 0; k < m; k++)
            {
                Finish(k);
            }
        }

        void Finish(int k)
        {
            var rk = rows[k];
            deaths.Split(rank[k], out var less, out var equal, out var greater);
            inf[(rk * 3) + 0] += less;
            inf[(rk * 3) + 1] += greater;
            inf[(rk * 3) + 2] += equal;
        }
    }

    /// <summary>Weighted counts by predictor rank with prefix sums in O(log n).</summary>
    private sealed class Fenwick
    {
        private readonly double[] _tree;
        private readonly double[] _point;
        private double _total;

        public Fenwick(int size)
        {
            _tree = new double[size + 1];
            _point = new double[size];
        }

        public void Add(int rank, double w)
        {
            _point[rank] += w;
            _total += w;
            for (var i = rank + 1; i < _tree.Length; i += i & -i)
            {
                _tree[i] += w;
            }
        }

        /// <summary>Total weight below, at and above <paramref name="rank"/>.</summary>
        public void Split(int rank, out double less, out double equal, out double greater)
        {
            double s = 0;
            for (var i = rank; i > 0; i -= i & -i)
            {
                s += _tree[i];
            }

            less = s;
            equal = _point[rank];
            greater = _total - less - equal;
        }
    }
}
