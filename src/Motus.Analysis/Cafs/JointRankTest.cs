using System.Globalization;
using Motus.Statistics.Distributions;

namespace Motus.Analysis.Cafs;

/// <summary>
/// The Finkelstein–Schoenfeld joint-rank test (Stat Med 1999;18:1341–1354) on pairwise scores U_i (Σ U_i = 0):
/// T = Σ_{treated} U_i. Under random relabeling of the arms T has mean 0 and the finite-population variance
/// n₁n₂/(N(N − 1))·Σ U_i²; the normal approximation uses it. The permutation p-value is exact for N up to a limit
/// (the distribution of the sum of n₁ of the N scores, counted over all C(N, n₁) subsets by a subset-sum recursion in
/// 128-bit integers, equivalent to full enumeration), else from seeded Monte Carlo relabelings. The variance formula
/// is stated from memory in the references ([U]); the tests check it against full enumeration.
/// </summary>
public static class JointRankTest
{
    /// <summary>Tests the treated arm against the control arm.</summary>
    /// <param name="scores">U_i of every patient of both arms, integers summing to 0 (as <see cref="CafsScoring.Scores"/> gives).</param>
    /// <param name="treated">True for the patients of the treated arm, aligned with <paramref name="scores"/>.</param>
    /// <param name="options">Exact limit, Monte Carlo replicates and seed; null for <see cref="PermutationOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">Mismatched lengths, an empty arm, or scores not summing to 0.</exception>
    public static JointRankTestResult Test(IReadOnlyList<int> scores, IReadOnlyList<bool> treated, PermutationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(treated);
        options ??= PermutationOptions.Default;
        options.Validate();
        if (scores.Count != treated.Count)
        {
            throw new ArgumentException($"scores has {scores.Count} entries but treated has {treated.Count}.", nameof(treated));
        }

        var n = scores.Count;
        var n1 = treated.Count(t => t);
        if (n1 == 0 || n1 == n)
        {
            throw new ArgumentException("Both arms need at least one patient.", nameof(treated));
        }

        if (scores.Sum(s => (long)s) != 0)
        {
            throw new ArgumentException("Pairwise scores must sum to 0 (each pair contributes +u and −u).", nameof(scores));
        }

        long t = 0;
        double sumSquares = 0;
        for (var i = 0; i < n; i++)
        {
            t += treated[i] ? scores[i] : 0;
            sumSquares += (double)scores[i] * scores[i];
        }

        var n2 = n - n1;
        var variance = (double)n1 * n2 / ((double)n * (n - 1)) * sumSquares;
        double? z = variance > 0 ? t / Math.Sqrt(variance) : null;
        var permutation = n <= options.ExactMaxSubjects ? Exact(scores, n1, t) : MonteCarlo(scores, n1, t, options);
        var pValueMethod = permutation.Kind == PermutationKind.Exact
            ? string.Create(CultureInfo.InvariantCulture, $"exact over all C({n}, {n1}) relabelings (exact up to N = {options.ExactMaxSubjects})")
            : string.Create(CultureInfo.InvariantCulture,
                $"from {options.MonteCarloReplicates} Monte Carlo relabelings, seed {options.Seed}, p = (1 + #{{|T*| ≥ |T|}})/(R + 1)");
        var method = "Finkelstein–Schoenfeld joint-rank test: T = Σ treated U_i, Var(T) = n1·n2/(N(N−1))·ΣU², normal approximation; " +
            $"permutation p-value {pValueMethod}";
        return new JointRankTestResult(method, n1, n2, t, variance, z,
            z is { } zz ? 2 * Dist.NormalCdf(-Math.Abs(zz)) : null, z is { } z1 ? Dist.NormalUpper(z1) : null, permutation);
    }

    /// <summary>
    /// Counts, for every subset size k ≤ m and shifted sum s, the subsets of the scores with that size and sum, m the
    /// smaller arm: since Σ U = 0, the treated sum is minus the control sum, so counting subsets of the smaller arm's size
    /// gives the same distribution (negated when the control arm is the smaller) at less cost.
    /// </summary>
    private static PermutationPValue Exact(IReadOnlyList<int> scores, int treatedCount, long observed)
    {
        var n1 = Math.Min(treatedCount, scores.Count - treatedCount);
        var sign = n1 == treatedCount ? 1 : -1;
        var shift = scores.Max(s => Math.Abs(s));
        var width = checked((2 * shift * n1) + 1);
        var count = new UInt128[n1 + 1][];
        for (var k = 0; k <= n1; k++)
        {
            count[k] = new UInt128[width];
        }

        count[0][0] = 1;
        var filled = 0;
        foreach (var score in scores)
        {
            var v = score + shift; // 0 … 2·shift
            filled++;
            for (var k = Math.Min(filled, n1); k >= 1; k--)
            {
                var from = count[k - 1];
                var to = count[k];
                var top = 2 * shift * (k - 1);
                for (var s = top; s >= 0; s--)
                {
                    if (from[s] != UInt128.Zero)
                    {
                        to[s + v] = checked(to[s + v] + from[s]);
                    }
                }
            }
        }

        UInt128 total = 0, twoSided = 0, oneSided = 0;
        var offset = (long)shift * n1;
        var absObserved = Math.Abs(observed);
        for (var s = 0; s < width; s++)
        {
            var c = count[n1][s];
            if (c == UInt128.Zero)
            {
                continue;
            }

            var t = sign * (s - offset);
            total = checked(total + c);
            twoSided = Math.Abs(t) >= absObserved ? checked(twoSided + c) : twoSided;
            oneSided = t >= observed ? checked(oneSided + c) : oneSided;
        }

        return new PermutationPValue(PermutationKind.Exact, (double)twoSided / (double)total, (double)oneSided / (double)total, (double)total, null, null);
    }

    private static PermutationPValue MonteCarlo(IReadOnlyList<int> scores, int n1, long observed, PermutationOptions options)
    {
        var random = new Random(options.Seed);
        var index = Enumerable.Range(0, scores.Count).ToArray();
        var r = options.MonteCarloReplicates;
        var absObserved = Math.Abs(observed);
        long twoSided = 0, oneSided = 0;
        for (var rep = 0; rep < r; rep++)
        {
            long t = 0;
            for (var k = 0; k < n1; k++)
            {
                var j = random.Next(k, index.Length);
                (index[k], index[j]) = (index[j], index[k]);
                t += scores[index[k]];
            }

            twoSided += Math.Abs(t) >= absObserved ? 1 : 0;
            oneSided += t >= observed ? 1 : 0;
        }

        var p2 = (1.0 + twoSided) / (r + 1.0);
        var p1 = (1.0 + oneSided) / (r + 1.0);
        return new PermutationPValue(PermutationKind.MonteCarlo, p2, p1, r, Math.Sqrt(p2 * (1 - p2) / r), options.Seed);
    }
}
