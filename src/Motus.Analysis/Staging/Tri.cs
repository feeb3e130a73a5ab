namespace Motus.Analysis.Staging;

/// <summary>
/// Three-valued (Kleene) logic for staging rules on items that may be missing: an OR is true when any known part is
/// true, an AND is false when any known part is false; otherwise a missing part makes the answer unknown (null).
/// </summary>
internal static class Tri
{
    public static bool? Or(params bool?[] parts) =>
        parts.Any(p => p == true) ? true : parts.All(p => p == false) ? false : null;

    public static bool? And(params bool?[] parts) =>
        parts.Any(p => p == false) ? false : parts.All(p => p == true) ? true : null;

    public static bool? Below(int? item, int bound) => item is { } x ? x < bound : null;

    public static bool? AtMost(int? item, int bound) => item is { } x ? x <= bound : null;
}
