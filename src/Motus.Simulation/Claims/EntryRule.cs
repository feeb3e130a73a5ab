using System.Globalization;

namespace Motus.Simulation.Claims;

/// <summary>Who enters the study, judged on the lead-in window only (as a real study must).</summary>
/// <param name="Kind">The rule.</param>
/// <param name="Value">Its threshold: points/month for <see cref="EntryRuleKind.PreSlopeAtMost"/>, points for <see cref="EntryRuleKind.LeadInDeclineAtLeast"/>; ignored for <see cref="EntryRuleKind.None"/>.</param>
public sealed record EntryRule(EntryRuleKind Kind, double Value)
{
    /// <summary>Everyone enters.</summary>
    public static EntryRule Everyone { get; } = new(EntryRuleKind.None, 0);

    /// <summary>True when a patient with this lead-in slope and decline enters.</summary>
    /// <param name="preSlope">Observed lead-in OLS slope, points/month.</param>
    /// <param name="leadInDecline">First minus last lead-in score, points.</param>
    public bool Admits(double preSlope, double leadInDecline) => Kind switch
    {
        EntryRuleKind.PreSlopeAtMost => preSlope <= Value,
        EntryRuleKind.LeadInDeclineAtLeast => leadInDecline >= Value,
        _ => true,
    };

    /// <summary>
    /// Parses <c>none</c>, <c>pre-slope&lt;=C</c> or <c>lead-in-decline&gt;=K</c> (spaces allowed). Throws
    /// <see cref="FormatException"/> with the accepted forms otherwise.
    /// </summary>
    /// <param name="text">The rule text.</param>
    public static EntryRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (t is "none" or "")
        {
            return Everyone;
        }

        foreach (var (prefix, kind) in new[] { ("pre-slope<=", EntryRuleKind.PreSlopeAtMost), ("lead-in-decline>=", EntryRuleKind.LeadInDeclineAtLeast) })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal)
                && double.TryParse(t[prefix.Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            {
                return new EntryRule(kind, v);
            }
        }

        throw new FormatException($"Unknown entry rule '{text}': use none, pre-slope<=C (points/month) or lead-in-decline>=K (points).");
    }

    /// <summary>The rule in the syntax <see cref="Parse"/> reads.</summary>
    public override string ToString() => Kind switch
    {
        EntryRuleKind.PreSlopeAtMost => string.Create(CultureInfo.InvariantCulture, $"pre-slope<={Value}"),
        EntryRuleKind.LeadInDeclineAtLeast => string.Create(CultureInfo.InvariantCulture, $"lead-in-decline>={Value}"),
        _ => "none",
    };
}
