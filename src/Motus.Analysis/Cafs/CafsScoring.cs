namespace Motus.Analysis.Cafs;

/// <summary>
/// The CAFS pairwise comparison (Berry et al., ALS FTD 2013;14:162–168): every patient is compared with every other,
/// first on survival, then on functional change, scoring +1 (better), 0 (tie) or −1 (worse); a patient's score is the
/// sum over all others (Σ of all scores = 0). The hierarchy is from the abstract; the tie, censoring and time-point
/// rules are choices (<see cref="CafsScoringOptions"/>), unverified against Berry's code. See docs/methods/cafs.md.
/// </summary>
public static class CafsScoring
{
    /// <summary>The comparison of <paramref name="i"/> with <paramref name="j"/>: +1 when i is better, −1 when worse, 0 for a tie.</summary>
    /// <param name="i">First patient.</param>
    /// <param name="j">Second patient.</param>
    /// <param name="options">The rules; null for <see cref="CafsScoringOptions.Default"/>.</param>
    public static int Compare(CafsSubject i, CafsSubject j, CafsScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(i);
        ArgumentNullException.ThrowIfNull(j);
        options ??= CafsScoringOptions.Default;
        var survival = CompareSurvival(i, j);
        if (survival is { } s)
        {
            return s;
        }

        if ((i.Died || j.Died) && options.Undecided == UndecidedSurvival.Tie)
        {
            return 0;
        }

        var (a, b) = options.Function == FunctionalComparison.LastCommonTime
            ? (i.ChangeAt(Math.Min(i.LastFunctionTime, j.LastFunctionTime)), j.ChangeAt(Math.Min(i.LastFunctionTime, j.LastFunctionTime)))
            : (i.ChangeAt(i.LastFunctionTime), j.ChangeAt(j.LastFunctionTime));
        return a.CompareTo(b) switch { > 0 => 1, < 0 => -1, _ => 0 };
    }

    /// <summary>The full pairwise matrix, row i column j = <see cref="Compare"/>(i, j); the diagonal is 0. Antisymmetric.</summary>
    /// <param name="subjects">The patients.</param>
    /// <param name="options">The rules; null for the defaults.</param>
    public static int[][] Matrix(IReadOnlyList<CafsSubject> subjects, CafsScoringOptions? options = null)
    {
        options = Checked(subjects, options);

        var n = subjects.Count;
        var m = new int[n][];
        for (var i = 0; i < n; i++)
        {
            m[i] = new int[n];
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var u = Compare(subjects[i], subjects[j], options);
                m[i][j] = u;
                m[j][i] = -u;
            }
        }

        return m;
    }

    /// <summary>Each patient's score U_i = Σ_j Compare(i, j), in input order. O(N²) comparisons.</summary>
    /// <param name="subjects">The patients.</param>
    /// <param name="options">The rules; null for the defaults.</param>
    public static int[] Scores(IReadOnlyList<CafsSubject> subjects, CafsScoringOptions? options = null) =>
        RowSums(subjects, options);

    private static CafsScoringOptions Checked(IReadOnlyList<CafsSubject> subjects, CafsScoringOptions? options)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        options ??= CafsScoringOptions.Default;
        options.Validate();
        foreach (var s in subjects)
        {
            s.Validate();
        }

        return options;
    }

    /// <summary>Σ_j U_ij for every i, each pair compared once, without holding the N × N matrix (10,000 patients would need 400 MB).</summary>
    private static int[] RowSums(IReadOnlyList<CafsSubject> subjects, CafsScoringOptions? options)
    {
        options = Checked(subjects, options);

        // Rows are split over the cores, each worker summing into its own array; integer sums, so the result does not
        // depend on the split.
        var n = subjects.Count;
        var sums = new int[n];
        var gate = new object();
        Parallel.For(0, n, () => new int[n], (i, _, local) =>
        {
            for (var j = i + 1; j < n; j++)
            {
                var u = Compare(subjects[i], subjects[j], options);
                local[i] += u;
                local[j] -= u;
            }

            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var k = 0; k < n; k++)
                {
                    sums[k] += local[k];
                }
            }
        });

        return sums;
    }

    /// <summary>Mid-ranks (1 = worst) of the scores: tied scores share the average of their ranks.</summary>
    /// <param name="scores">The scores.</param>
    public static double[] Ranks(IReadOnlyList<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var ranks = new double[scores.Count];
        var k = 0;
        while (k < order.Length)
        {
            var end = k;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[k]])
            {
                end++;
            }

            var mid = ((k + 1) + (end + 1)) / 2.0;
            for (var t = k; t <= end; t++)
            {
                ranks[order[t]] = mid;
            }

            k = end + 1;
        }

        return ranks;
    }

    /// <summary>Null when survival leaves the pair undecided (and always when neither died).</summary>
    private static int? CompareSurvival(CafsSubject i, CafsSubject j)
    {
        if (i.Died && j.Died)
        {
            return i.Time > j.Time ? 1 : i.Time < j.Time ? -1 : null;
        }

        if (i.Died)
        {
            return j.Time >= i.Time ? -1 : null;
        }

        if (j.Died)
        {
            return i.Time >= j.Time ? 1 : null;
        }

        return null;
    }
}
