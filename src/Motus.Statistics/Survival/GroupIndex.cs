namespace Motus.Statistics.Survival;

/// <summary>Splits rows by integer code, codes ascending (the level order R's <c>factor()</c> gives integer codes).</summary>
internal static class GroupIndex
{
    /// <summary>(code, rows in original order) for each distinct code, ascending.</summary>
    public static List<(int Code, int[] Rows)> Split(ReadOnlySpan<int> codes)
    {
        var levels = Levels(codes, out var level);
        var counts = new int[levels.Length];
        foreach (var l in level)
        {
            counts[l]++;
        }

        var rows = new int[levels.Length][];
        for (var g = 0; g < levels.Length; g++)
        {
            rows[g] = new int[counts[g]];
        }

        Array.Clear(counts);
        for (var i = 0; i < level.Length; i++)
        {
            rows[level[i]][counts[level[i]]++] = i;
        }

        var result = new List<(int, int[])>(levels.Length);
        for (var g = 0; g < levels.Length; g++)
        {
            result.Add((levels[g], rows[g]));
        }

        return result;
    }

    /// <summary>Distinct codes ascending, and each row's 0-based level.</summary>
    public static int[] Levels(ReadOnlySpan<int> codes, out int[] level)
    {
        var distinct = codes.ToArray();
        Array.Sort(distinct);
        var m = 0;
        for (var i = 0; i < distinct.Length; i++)
        {
            if (i == 0 || distinct[i] != distinct[i - 1])
            {
                distinct[m++] = distinct[i];
            }
        }

        var levels = distinct.AsSpan(0, m).ToArray();
        level = new int[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            level[i] = Array.BinarySearch(levels, codes[i]);
        }

        return levels;
    }
}
