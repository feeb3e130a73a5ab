using Motus.Domain.Assessments;

namespace Motus.Analysis.Staging;

/// <summary>
/// MiToS functional stage (Chiò et al., JNNP 2015;86:38–44, Table 1): the number of domains with loss of independence —
/// movement (item 8 ≤ 1 OR item 6 ≤ 1), swallowing (item 3 ≤ 1), communicating (item 1 ≤ 1 AND item 4 ≤ 1), breathing
/// (item R1 ≤ 1 OR item R3 ≤ 2) — 0 to 4, and 5 for death. Communicating uses AND as Table 1 does; some public code
/// (rpavaneijk/Precision-ALS) uses OR, which is wrong (als-methods §3.3). Missing items follow three-valued logic; the
/// authors' rule when only one of items 1 and 4 is known was not found (open question). See docs/methods/staging.md.
/// </summary>
public static class MitosStaging
{
    /// <summary>The rules in words, as printed in every result.</summary>
    public const string MethodText = "MiToS (Chiò 2015 Table 1): domains lost = movement (Q8 ≤ 1 OR Q6 ≤ 1), swallowing (Q3 ≤ 1), "
        + "communicating (Q1 ≤ 1 AND Q4 ≤ 1), breathing (R1 ≤ 1 OR R3 ≤ 2); stage = number lost (0–4), 5 = death";

    /// <summary>Stages one rating.</summary>
    /// <param name="rating">The ALSFRS-R rating.</param>
    /// <param name="deathDate">Date of death, if any; a rating on or after it is stage 5.</param>
    public static MitosStageResult FromAlsfrs(AlsfrsDetails rating, DateOnly? deathDate = null)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var date = rating.Date;
        if (deathDate is { } died && died <= date)
        {
            return new(date, 5, null, null, null, null, null, MethodText);
        }

        if (rating.Scale != AlsfrsScale.AlsfrsR)
        {
            return new(date, null, null, null, null, null, "The rating is on the original ALSFRS, which lacks items R1 and R3: MiToS is defined on ALSFRS-R.", MethodText);
        }

        var movement = Tri.Or(Tri.AtMost(rating.Q8Walking, 1), Tri.AtMost(rating.Q6Dressing, 1));
        var swallowing = Tri.AtMost(rating.Q3Swallowing, 1);
        var communicating = Tri.And(Tri.AtMost(rating.Q1Speech, 1), Tri.AtMost(rating.Q4Handwriting, 1));
        var breathing = Tri.Or(Tri.AtMost(rating.R1Dyspnea, 1), Tri.AtMost(rating.R3RespiratoryInsufficiency, 2));
        var unknown = new[] { (movement, "movement (items 6, 8)"), (swallowing, "swallowing (item 3)"), (communicating, "communicating (items 1, 4)"), (breathing, "breathing (items R1, R3)") }
            .Where(d => d.Item1 is null).Select(d => d.Item2).ToList();
        if (unknown.Count > 0)
        {
            return new(date, null, movement, swallowing, communicating, breathing, $"Domain status unknown for {string.Join(", ", unknown)}: items missing.", MethodText);
        }

        var stage = new[] { movement, swallowing, communicating, breathing }.Count(d => d == true);
        return new(date, stage, movement, swallowing, communicating, breathing, null, MethodText);
    }
}
