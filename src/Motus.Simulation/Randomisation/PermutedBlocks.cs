using Motus.Simulation.Common;

namespace Motus.Simulation.Randomisation;

/// <summary>
/// Stratified permuted-block randomisation with random block sizes: within each stratum, blocks of size B = m·(a + b …)
/// hold each arm exactly m·weight times in random order (Fisher–Yates), B drawn uniformly from the allowed sizes so that
/// sites cannot predict the end of a block. Standard method (trial-methods §4.1) [U: no primary citation verified].
/// </summary>
public static class PermutedBlocks
{
    /// <summary>Generates the list. Throws <see cref="ArgumentException"/> for invalid options.</summary>
    /// <param name="options">Allocation, block sizes, strata, length and seed.</param>
    public static AllocationList Generate(BlockRandomisationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var allocation = options.Allocation;
        var strata = Strata(options.Strata);
        var entries = new List<AllocationEntry>(strata.Count * options.PerStratum);
        for (var s = 0; s < strata.Count; s++)
        {
            var random = RandomStream.ForReplicate((ulong)options.Seed, s);
            var position = 0;
            for (var block = 1; position < options.PerStratum; block++)
            {
                var size = options.BlockSizes[random.NextInt(options.BlockSizes.Count)];
                var arms = BlockContents(allocation, size);
                random.Shuffle(arms.AsSpan());
                for (var i = 0; i < arms.Length && position < options.PerStratum; i++)
                {
                    entries.Add(new AllocationEntry(strata[s], ++position, block, size, arms[i]));
                }
            }
        }

        var method = $"Permuted blocks, ratio {string.Join(":", allocation.Arms)} = {allocation}, block sizes {string.Join(",", options.BlockSizes)} drawn uniformly per block, "
            + (options.Strata.Count == 0 ? "unstratified" : $"stratified by {string.Join(", ", options.Strata.Select(f => f.Name))} ({strata.Count} strata, independent streams)")
            + $", {options.PerStratum} per stratum, seed {options.Seed}";
        return new AllocationList([.. options.Strata.Select(f => f.Name)], entries, method, options.Seed);
    }

    /// <summary>Every combination of the factors' levels, the first factor varying slowest.</summary>
    /// <param name="factors">The factors (none: one empty stratum).</param>
    public static IReadOnlyList<IReadOnlyList<string>> Strata(IReadOnlyList<StratificationFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        IEnumerable<IReadOnlyList<string>> combos = [Array.Empty<string>()];
        foreach (var f in factors)
        {
            combos = combos.SelectMany(c => f.Levels.Select(l => (IReadOnlyList<string>)[.. c, l])).ToList();
        }

        return [.. combos];
    }

    private static string[] BlockContents(ArmAllocation allocation, int size)
    {
        var m = size / allocation.RatioSum;
        var arms = new string[size];
        var k = 0;
        for (var a = 0; a < allocation.Arms.Count; a++)
        {
            for (var j = 0; j < m * allocation.Ratio[a]; j++)
            {
                arms[k++] = allocation.Arms[a];
            }
        }

        return arms;
    }

    private static void Validate(BlockRandomisationOptions o)
    {
        ArgumentNullException.ThrowIfNull(o.Allocation);
        ArgumentNullException.ThrowIfNull(o.BlockSizes);
        ArgumentNullException.ThrowIfNull(o.Strata);
        ArgumentOutOfRangeException.ThrowIfNegative(o.Seed, "seed");
        ArgumentOutOfRangeException.ThrowIfLessThan(o.PerStratum, 1, "allocations per stratum");
        if (o.BlockSizes.Count == 0 || o.BlockSizes.Any(b => b < 1 || b % o.Allocation.RatioSum != 0))
        {
            throw new ArgumentException($"Block sizes must be positive multiples of the ratio sum {o.Allocation.RatioSum} (ratio {o.Allocation}); got '{string.Join(",", o.BlockSizes)}'.");
        }

        foreach (var f in o.Strata)
        {
            if (string.IsNullOrWhiteSpace(f.Name) || f.Levels.Count == 0 || f.Levels.Any(string.IsNullOrWhiteSpace) || f.Levels.Distinct(StringComparer.Ordinal).Count() != f.Levels.Count)
            {
                throw new ArgumentException($"Stratification factor '{f.Name}' needs a name and distinct, non-blank levels.");
            }
        }

        if (o.Strata.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != o.Strata.Count)
        {
            throw new ArgumentException("Stratification factor names must be distinct.");
        }

        var strata = o.Strata.Aggregate(1L, (n, f) => n * f.Levels.Count);
        if (strata * o.PerStratum > 10_000_000)
        {
            throw new ArgumentException($"{strata} strata × {o.PerStratum} allocations is more than 10 million lines.");
        }
    }
}
