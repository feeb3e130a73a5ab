using Motus.Analysis.Cafs;

namespace Motus.Analysis.Tests.Cafs;

/// <summary>The Finkelstein–Schoenfeld test: hand-computed, and the exact distribution against brute-force enumeration.</summary>
public sealed class JointRankTestTests
{
    private static readonly int[] ExampleScores = [-4, 4, 0, 2, -2];
    private static readonly bool[] P2AndP4Treated = [false, true, false, true, false];

    [Fact]
    public void Test_HandExample_StatisticVarianceAndExactP()
    {
        // T = U2 + U4 = 4 + 2 = 6. Var = n1·n2/(N(N−1))·ΣU² = 2·3/20 · (16+16+0+4+4) = 0.3·40 = 12. Z = 6/√12 = √3.
        // All C(5, 2) = 10 sums of two scores: 0, −4, −2, −6, 4, 6, 2, 2, −2, 0 (mean 0; mean square 120/10 = 12 = Var).
        // |T*| ≥ 6: {6, −6} → 2/10 = 0.2; T* ≥ 6: {6} → 0.1. Normal: 2Φ(−√3) = 0.0832645166635504, 1 − Φ(√3) = 0.0416322583317752.
        var r = JointRankTest.Test(ExampleScores, P2AndP4Treated);

        Assert.Equal(6, r.Statistic);
        Assert.Equal(12, r.Variance, 12);
        Assert.Equal(Math.Sqrt(3), r.Z!.Value, 12);
        Assert.Equal(0.0832645166635504, r.NormalTwoSided!.Value, 12);
        Assert.Equal(0.0416322583317752, r.NormalOneSided!.Value, 12);
        Assert.Equal(PermutationKind.Exact, r.Permutation.Kind);
        Assert.Equal(10, r.Permutation.Relabelings);
        Assert.Equal(0.2, r.Permutation.TwoSided, 15);
        Assert.Equal(0.1, r.Permutation.OneSided, 15);
        Assert.Null(r.Permutation.MonteCarloStdErr);
        Assert.Equal((2, 3), (r.Treated, r.Control));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(9)]
    public void Test_ExactDistribution_MatchesBruteForceEnumerationAndVarianceFormula(int treatedCount)
    {
        // Arrange: 14 scores summing to 0 (from a seeded draw); the first treatedCount treated (9 > 14/2 exercises the
        // smaller-arm shortcut). Every subset of that size is enumerated by bit mask: C(14, 6) = 3003, C(14, 9) = 2002.
        var random = new Random(7);
        var scores = Enumerable.Range(0, 13).Select(_ => random.Next(-13, 14)).ToList();
        scores.Add(-scores.Sum());
        var treated = Enumerable.Range(0, 14).Select(i => i < treatedCount).ToArray();
        var observed = scores.Where((_, i) => treated[i]).Sum();
        int subsets = 0, two = 0, one = 0;
        double sumSquares = 0;
        for (var mask = 0; mask < 1 << 14; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != treatedCount)
            {
                continue;
            }

            var t = Enumerable.Range(0, 14).Where(i => (mask & (1 << i)) != 0).Sum(i => scores[i]);
            subsets++;
            two += Math.Abs(t) >= Math.Abs(observed) ? 1 : 0;
            one += t >= observed ? 1 : 0;
            sumSquares += (double)t * t;
        }

        // Act
        var r = JointRankTest.Test(scores, treated);

        // Assert
        Assert.Equal(treatedCount == 6 ? 3003 : 2002, subsets);
        Assert.Equal(subsets, r.Permutation.Relabelings);
        Assert.Equal((double)two / subsets, r.Permutation.TwoSided, 14);
        Assert.Equal((double)one / subsets, r.Permutation.OneSided, 14);
        Assert.InRange(r.Permutation.OneSided, 0.0001, 0.9999); // a non-trivial tail
        Assert.Equal(sumSquares / subsets, r.Variance, 9); // the permutation variance is exact
    }

    [Fact]
    public void Test_MonteCarlo_CloseToExactReproducibleAndWithItsStdErr()
    {
        // Arrange: the same 14 scores, forced to Monte Carlo with 20,000 relabelings.
        var random = new Random(7);
        var scores = Enumerable.Range(0, 13).Select(_ => random.Next(-13, 14)).ToList();
        scores.Add(-scores.Sum());
        var treated = Enumerable.Range(0, 14).Select(i => i % 2 == 0 && i < 12).ToArray();
        var mc = PermutationOptions.Default with { ExactMaxSubjects = 0, MonteCarloReplicates = 20_000, Seed = 42 };

        // Act
        var exact = JointRankTest.Test(scores, treated);
        var a = JointRankTest.Test(scores, treated, mc);
        var b = JointRankTest.Test(scores, treated, mc);

        // Assert
        Assert.Equal(PermutationKind.MonteCarlo, a.Permutation.Kind);
        Assert.Equal(a.Permutation, b.Permutation);
        var p = a.Permutation.TwoSided;
        Assert.Equal(Math.Sqrt(p * (1 - p) / 20_000), a.Permutation.MonteCarloStdErr!.Value, 15);
        Assert.True(Math.Abs(p - exact.Permutation.TwoSided) < 4 * a.Permutation.MonteCarloStdErr.Value,
            $"MC {p} vs exact {exact.Permutation.TwoSided}");
        Assert.Equal(42, a.Permutation.Seed);
        Assert.Contains("seed 42", a.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_AllScoresZero_NoZAndPermutationPOne()
    {
        var r = JointRankTest.Test([0, 0, 0, 0], [true, false, true, false]);

        Assert.Equal(0, r.Variance);
        Assert.Null(r.Z);
        Assert.Null(r.NormalTwoSided);
        Assert.Equal(1, r.Permutation.TwoSided);
        Assert.Equal(6, r.Permutation.Relabelings);
    }

    [Fact]
    public void Test_HundredPatients_ExactWithoutOverflow()
    {
        // Arrange: N = 100 (the default exact limit), 50 treated; C(100, 50) = 1.0089134454556417e29.
        var scores = Enumerable.Range(0, 100).Select(i => (2 * i) - 99).ToArray(); // −99, −97, …, 99 (Σ = 0)
        var treated = Enumerable.Range(0, 100).Select(i => i % 2 == 1).ToArray();

        // Act
        var r = JointRankTest.Test(scores, treated);

        // Assert: T = Σ odd i of (2i − 99) = 50; the exact and normal p-values agree closely at this N.
        Assert.Equal(PermutationKind.Exact, r.Permutation.Kind);
        Assert.Equal(1.0089134454556417e29, r.Permutation.Relabelings, 1e15);
        Assert.Equal(50, r.Statistic);
        Assert.True(Math.Abs(r.Permutation.TwoSided - r.NormalTwoSided!.Value) < 0.01);
    }

    [Fact]
    public void Test_ScoresNotSummingToZero_Throws()
    {
        Assert.Throws<ArgumentException>(() => JointRankTest.Test([1, 2, 3], [true, false, false]));
    }

    [Fact]
    public void Test_OneArmEmpty_Throws()
    {
        Assert.Throws<ArgumentException>(() => JointRankTest.Test([1, -1], [true, true]));
    }

    [Fact]
    public void Test_ExactLimitAboveCeiling_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            JointRankTest.Test(ExampleScores, P2AndP4Treated, PermutationOptions.Default with { ExactMaxSubjects = 129 }));
    }
}
