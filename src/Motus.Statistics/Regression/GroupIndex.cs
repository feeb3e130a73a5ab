using Motus.Statistics.Common;

namespace Motus.Statistics.Regression;

/// <summary>
/// Dense 0-based group numbers for a key array, in order of first appearance, in one pass. A dictionary lookup happens
/// only where the key changes from the previous row, so input already grouped by key costs one comparison per row.
/// </summary>
internal sealed class GroupIndex<TKey>
    where TKey : notnull
{
    private GroupIndex(int[] groupOfRow, TKey[] keys, int[] counts, bool contiguous)
    {
        GroupOfRow = groupOfRow;
        Keys = keys;
        Counts = counts;
        Contiguous = contiguous;
    }

    /// <summary>Group number of each row.</summary>
    public int[] GroupOfRow { get; }

    /// <summary>Key of each group, in order of first appearance.</summary>
    public TKey[] Keys { get; }

    /// <summary>Rows per group.</summary>
    public int[] Counts { get; }

    /// <summary>True when each group's rows are contiguous in the input.</summary>
    public bool Contiguous { get; }

    /// <summary>Number of groups.</summary>
    public int GroupCount => Keys.Length;

    public static GroupIndex<TKey> Build(TKey[] group, string name)
    {
        var n = group.Length;
        var map = new Dictionary<TKey, int>();
        var keys = new List<TKey>();
        var counts = new List<int>();
        var rowGroup = new int[n];
        var comparer = EqualityComparer<TKey>.Default;
        var contiguous = true;
        var current = -1;
        TKey? last = default;
        for (var i = 0; i < n; i++)
        {
            var key = group[i];
            if (key is null)
            {
                throw new StatisticsInputException($"{name}[{i}] is null: every row needs a group key.", name);
            }

            if (current < 0 || !comparer.Equals(key, last))
            {
                if (map.TryGetValue(key, out var g))
                {
                    contiguous = false;
                    current = g;
                }
                else
                {
                    current = keys.Count;
                    map.Add(key, current);
                    keys.Add(key);
                    counts.Add(0);
                }

                last = key;
            }

            rowGroup[i] = current;
            counts[current]++;
        }

        return new GroupIndex<TKey>(rowGroup, [.. keys], [.. counts], contiguous);
    }

    /// <summary>Start offset of each group in group-sorted order, plus the total at the end.</summary>
    public int[] Offsets()
    {
        var offsets = new int[Counts.Length + 1];
        for (var g = 0; g < Counts.Length; g++)
        {
            offsets[g + 1] = offsets[g] + Counts[g];
        }

        return offsets;
    }

    /// <summary>Copies <paramref name="values"/> into group-sorted order (stable: rows keep their order within a group).</summary>
    public double[] Gather(double[] values, int[] offsets)
    {
        var next = (int[])offsets.Clone();
        var sorted = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            sorted[next[GroupOfRow[i]]++] = values[i];
        }

        return sorted;
    }
}
