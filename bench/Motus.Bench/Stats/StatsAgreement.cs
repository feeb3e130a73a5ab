namespace Motus.Bench.Stats;

/// <summary>
/// How far Motus's estimates are from R's for one fit: the largest relative difference |m − r| / |r| over every
/// reported number whose R value is at least <see cref="Floor"/> in magnitude, and the largest absolute difference
/// over the rest (values that are zero up to rounding, e.g. the SE of a slope through collinear points). A number
/// that one side reports and the other leaves undefined (null / NA) is a mismatch.
/// </summary>
internal sealed record StatsAgreement(string Fit, int Compared, double MaxRelative, string WorstKey, double MaxAbsoluteNearZero, int Mismatches)
{
    /// <summary>Below this magnitude an R value is compared absolutely.</summary>
    public const double Floor = 1e-8;

    /// <summary>The estimate keys belonging to each benchmark fit, by prefix.</summary>
    public static readonly (string Fit, string[] Prefixes)[] Fits =
    [
        ("km", ["km.", "logrank."]),
        ("cox", ["cox."]),
        ("coxRobust", ["coxRobust."]),
        ("lmm", ["lmm."]),
        ("slopes", ["slopes."]),
    ];

    public static StatsAgreement Compare(string fit, string[] prefixes, Dictionary<string, double?[]> motus, Dictionary<string, double?[]> r)
    {
        var compared = 0;
        var mismatches = 0;
        var maxRel = 0.0;
        var maxAbs = 0.0;
        var worst = "";
        foreach (var (key, m) in motus.Where(kv => prefixes.Any(p => kv.Key.StartsWith(p, StringComparison.Ordinal))).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!r.TryGetValue(key, out var rv) || rv.Length != m.Length)
            {
                mismatches += m.Length;
                continue;
            }

            for (var i = 0; i < m.Length; i++)
            {
                if (m[i] is null || rv[i] is null)
                {
                    mismatches += m[i] is null == rv[i] is null ? 0 : 1;
                    continue;
                }

                compared++;
                var diff = Math.Abs(m[i]!.Value - rv[i]!.Value);
                if (Math.Abs(rv[i]!.Value) >= Floor)
                {
                    var rel = diff / Math.Abs(rv[i]!.Value);
                    if (rel > maxRel)
                    {
                        maxRel = rel;
                        worst = m.Length == 1 ? key : $"{key}[{i}]";
                    }
                }
                else
                {
                    maxAbs = Math.Max(maxAbs, diff);
                }
            }
        }

        return new StatsAgreement(fit, compared, maxRel, worst, maxAbs, mismatches);
    }
}
