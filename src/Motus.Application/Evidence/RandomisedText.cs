using System.Globalization;
using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>One line for a randomised efficacy result, e.g. "responder-proportion: 33% vs 28%, odds ratio 1.33, P=.45 at 7 months".</summary>
internal static class RandomisedText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Of(EfficacyResult e)
    {
        var parts = new List<string>();
        if (e.TreatedValue is { } t && e.ControlValue is { } c)
        {
            parts.Add(e.Measure.Contains("proportion", StringComparison.Ordinal)
                ? $"{Pct(t)} on cells vs {Pct(c)} {e.ControlLabel ?? "controls"}"
                : $"{N(t)} on cells vs {N(c)} {e.ControlLabel ?? "controls"}");
        }

        if (e.Estimate is { } est)
        {
            var ci = e.CiLower is { } lo && e.CiUpper is { } hi ? $" [{N(lo)}, {N(hi)}]" + (e.CiLevel is { } level ? $" ({(level * 100).ToString("0.#", Inv)}% CI)" : "") : "";
            parts.Add($"{e.EstimateKind ?? "estimate"} {N(est)}{ci}{(e.Unit is null ? "" : " " + e.Unit)}");
        }

        if (e.PText is { } p)
        {
            parts.Add(p);
        }

        var when = e.TimepointMonths is { } m ? $" at {m.ToString("0.#", Inv)} months" : "";
        var who = e.Subgroup is null ? "" : $" (subgroup: {e.Subgroup})";
        var threshold = e.Threshold is null ? "" : $"; responder: {e.Threshold}";
        return $"{e.Measure}{who}: {string.Join(", ", parts)}{when}{threshold}";
    }

    private static string Pct(double x) => (x * 100).ToString("0.#", Inv) + "%";

    private static string N(double x) => x.ToString("0.###", Inv);
}
