using Motus.Simulation.Randomisation;

namespace Motus.Simulation.Tests.Randomisation;

public sealed class PermutedBlocksTests
{
    private static readonly StratificationFactor[] SiteOnset =
        [new("site", ["S1", "S2"]), new("onset", ["bulbar", "limb"])];

    [Theory]
    [InlineData(new[] { 1, 1 }, new[] { 4, 8 })]
    [InlineData(new[] { 3, 1 }, new[] { 4, 8 })]
    [InlineData(new[] { 2, 1 }, new[] { 3, 6, 9 })]
    [InlineData(new[] { 1, 1, 1 }, new[] { 3, 6 })]
    public void Generate_EveryCompleteBlock_HasTheExactRatio(int[] ratio, int[] sizes)
    {
        var arms = ratio.Select((_, i) => ((char)('A' + i)).ToString()).ToArray();
        var list = PermutedBlocks.Generate(new BlockRandomisationOptions(new ArmAllocation(arms, ratio), sizes, SiteOnset, 203, 7));

        var blocks = list.Entries.GroupBy(e => (string.Join("|", e.Stratum), e.Block)).ToList();
        var complete = blocks.Where(b => b.Count() == b.First().BlockSize).ToList();

        Assert.Equal(4 * 203, list.Entries.Count);
        Assert.True(complete.Count >= blocks.Count - 4); // at most the last block of each stratum is cut short
        foreach (var block in complete)
        {
            var m = block.First().BlockSize / ratio.Sum();
            for (var a = 0; a < arms.Length; a++)
            {
                Assert.Equal(m * ratio[a], block.Count(e => e.Arm == arms[a]));
            }
        }

        Assert.Equal(sizes.Order(), blocks.Select(b => b.First().BlockSize).Distinct().Order()); // every size is used
    }

    [Fact]
    public void Generate_OneToOne_RunningImbalanceWithinStratumAtMostHalfTheLargestBlock()
    {
        for (var seed = 0L; seed < 50; seed++)
        {
            var list = PermutedBlocks.Generate(new BlockRandomisationOptions(new ArmAllocation(["A", "B"], [1, 1]), [4, 8], SiteOnset, 100, seed));

            foreach (var stratum in list.Entries.GroupBy(e => string.Join("|", e.Stratum)))
            {
                var difference = 0;
                foreach (var e in stratum.OrderBy(e => e.Position))
                {
                    difference += e.Arm == "A" ? 1 : -1;
                    Assert.InRange(Math.Abs(difference), 0, 4);
                }
            }
        }
    }

    [Fact]
    public void Generate_SameSeed_IdenticalList_OtherSeed_Different()
    {
        var options = new BlockRandomisationOptions(new ArmAllocation(["A", "B"], [1, 1]), [4, 8], SiteOnset, 50, 7);

        var a = PermutedBlocks.Generate(options);
        var b = PermutedBlocks.Generate(options);
        var c = PermutedBlocks.Generate(options with { Seed = 8 });

        Assert.Equal(a.Entries, b.Entries, (x, y) => x.Arm == y.Arm && x.Block == y.Block && x.BlockSize == y.BlockSize && x.Stratum.SequenceEqual(y.Stratum));
        Assert.NotEqual(a.Entries.Select(e => e.Arm), c.Entries.Select(e => e.Arm));
    }

    [Fact]
    public void Generate_Strata_AreEveryLevelCombinationInFactorOrder()
    {
        var list = PermutedBlocks.Generate(new BlockRandomisationOptions(new ArmAllocation(["A", "B"], [1, 1]), [2], SiteOnset, 2, 1));

        var strata = list.Entries.Select(e => string.Join("|", e.Stratum)).Distinct().ToArray();

        Assert.Equal(["S1|bulbar", "S1|limb", "S2|bulbar", "S2|limb"], strata);
        Assert.Equal(["site", "onset"], list.Factors);
    }

    [Fact]
    public void Generate_BlockSizeNotMultipleOfRatioSum_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            PermutedBlocks.Generate(new BlockRandomisationOptions(new ArmAllocation(["A", "B"], [3, 1]), [4, 6], [], 10, 1)));

        Assert.Contains("multiples of the ratio sum 4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArmAllocation_DuplicateArms_Throws() =>
        Assert.Throws<ArgumentException>(() => new ArmAllocation(["A", "A"], [1, 1]));
}
