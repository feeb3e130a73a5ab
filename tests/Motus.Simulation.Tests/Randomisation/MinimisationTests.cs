using Motus.Simulation.Common;
using Motus.Simulation.Randomisation;

namespace Motus.Simulation.Tests.Randomisation;

public sealed class MinimisationTests
{
    private static readonly MinimisationFactor[] Factors = [new("site", 1), new("onset", 1), new("riluzole", 1)];

    private static List<MinimisationPatient> Patients(int n, long seed)
    {
        var random = RandomStream.ForReplicate((ulong)seed, 1_000);
        return [.. Enumerable.Range(0, n).Select(i => new MinimisationPatient($"P{i}",
            [$"S{random.NextInt(4)}", random.NextBernoulli(0.3) ? "bulbar" : "limb", random.NextBernoulli(0.8) ? "yes" : "no"]))];
    }

    // Total over factor levels of |count(A) − count(B)|: the marginal imbalance minimisation targets.
    private static int MarginalImbalance(IEnumerable<(IReadOnlyList<string> Levels, string Arm)> assigned)
    {
        var list = assigned.ToList();
        var total = 0;
        for (var f = 0; f < Factors.Length; f++)
        {
            foreach (var level in list.GroupBy(x => x.Levels[f]))
            {
                total += Math.Abs(level.Count(x => x.Arm == "A") - level.Count(x => x.Arm == "B"));
            }
        }

        return total;
    }

    [Fact]
    public void Assign_ManySeeds_MuchSmallerImbalanceThanSimpleRandomisation()
    {
        double minimised = 0, simple = 0;
        const int runs = 200;
        for (var seed = 0L; seed < runs; seed++)
        {
            var patients = Patients(100, seed);
            var result = Minimisation.Assign(new MinimisationOptions(["A", "B"], Factors, 0.8, seed), patients);
            minimised += MarginalImbalance(result.Select(r => (r.Levels, r.Arm)));
            var coin = RandomStream.ForReplicate((ulong)seed, 2_000);
            simple += MarginalImbalance(patients.Select(p => (p.Levels, coin.NextBernoulli(0.5) ? "A" : "B")));
        }

        // Simple randomisation: about 8 levels × E|Bin imbalance| ≈ 30; minimisation keeps it to a few.
        Assert.True(minimised / runs < simple / runs / 3, $"minimisation {minimised / runs:F1} vs simple {simple / runs:F1}");
    }

    [Fact]
    public void Assign_DeterministicMinimisation_KeepsEveryLevelWithinOne()
    {
        var result = Minimisation.Assign(new MinimisationOptions(["A", "B"], [new("onset", 1)], 1.0, 3), Patients(101, 3).Select(p => p with { Levels = [p.Levels[1]] }).ToList());

        foreach (var level in result.GroupBy(r => r.Levels[0]))
        {
            Assert.InRange(level.Count(r => r.Arm == "A") - level.Count(r => r.Arm == "B"), -1, 1);
        }

        Assert.All(result, r => Assert.Equal(r.PreferredArm, r.Arm));
    }

    [Fact]
    public void Assign_ImbalanceScores_AreTheWeightedRangeAfterHypotheticalAssignment()
    {
        MinimisationFactor[] factors = [new("site", 2), new("onset", 1)];
        MinimisationPatient[] patients = [new("1", ["S1", "limb"]), new("2", ["S1", "limb"])];

        var result = Minimisation.Assign(new MinimisationOptions(["A", "B", "C"], factors, 1.0, 5), patients);

        // First patient: any arm gives range 1 in both factors: D = 2·1 + 1·1 = 3 for every arm.
        Assert.Equal([3.0, 3.0, 3.0], result[0].Imbalances);
        // Second patient, same levels: the first patient's arm gives range 2 (D = 6), the others range 1 (D = 3).
        var first = Array.IndexOf(new[] { "A", "B", "C" }, result[0].Arm);
        Assert.Equal(6.0, result[1].Imbalances[first]);
        Assert.Equal(2, result[1].Imbalances.Count(x => x == 3.0));
        Assert.NotEqual(result[0].Arm, result[1].Arm);
    }

    [Fact]
    public void Assign_SameSeed_SameArms()
    {
        var patients = Patients(60, 11);
        var options = new MinimisationOptions(["A", "B"], Factors, 0.8, 11);

        Assert.Equal(Minimisation.Assign(options, patients).Select(r => r.Arm), Minimisation.Assign(options, patients).Select(r => r.Arm));
    }

    [Fact]
    public void Assign_ProbabilityBelowOneOverArms_Throws() =>
        Assert.Throws<ArgumentException>(() => Minimisation.Assign(new MinimisationOptions(["A", "B"], Factors, 0.4, 1), []));
}
