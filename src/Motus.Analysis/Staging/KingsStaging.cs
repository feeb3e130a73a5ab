using Motus.Domain.Assessments;

namespace Motus.Analysis.Staging;

/// <summary>
/// King's stage estimated from an ALSFRS-R rating (Balendra et al., ALS FTD 2014;15:279–284). The paper's table was not
/// reachable; the mapping is the public implementation of the ENCALS/TRICALS group (code: rpavaneijk/Precision-ALS
/// src/ext_kings.R, als-methods §3.2), checked in this order: 4B if item R1 = 0 or R3 &lt; 4; else 4A if a gastrostomy is
/// present (5b answered, the rating's flag, or a dated gastrostomy on or before the rating); else the number of regions
/// involved (bulbar: any of items 1–3 &lt; 4; upper limb: item 4 or 5a &lt; 4; lower limb: item 8 &lt; 4), which is 0 when
/// only items 6, 7, 9, 10 or 11 are impaired. Stage 5 comes from death, never from the rating. Missing items follow
/// three-valued logic: the stage is reported only when no missing item could change it. See docs/methods/staging.md.
/// </summary>
public static class KingsStaging
{
    /// <summary>The mapping in words, as printed in every result.</summary>
    public const string MethodText = "King's stage from ALSFRS-R (Balendra 2014 mapping as implemented in rpavaneijk/Precision-ALS): "
        + "4B if R1 = 0 or R3 < 4; else 4A if gastrostomy (5b, flag, or event on/before the rating); else number of regions "
        + "(bulbar Q1–Q3 < 4, upper limb Q4 or Q5a < 4, lower limb Q8 < 4); 5 = death";

    /// <summary>Stages one rating.</summary>
    /// <param name="rating">The ALSFRS-R rating.</param>
    /// <param name="gastrostomyDate">Date of the patient's first gastrostomy event, if any.</param>
    /// <param name="deathDate">Date of death, if any; a rating on or after it is stage 5.</param>
    /// <param name="options">Choices; default <see cref="StagingOptions"/>.</param>
    public static KingsStageResult FromAlsfrs(AlsfrsDetails rating, DateOnly? gastrostomyDate = null, DateOnly? deathDate = null, StagingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rating);
        options ??= new StagingOptions();
        var date = rating.Date;
        if (deathDate is { } died && died <= date)
        {
            return new(date, KingsStage.Stage5, "5", null, null, null, null, null, false, null, MethodText);
        }

        if (rating.Scale != AlsfrsScale.AlsfrsR)
        {
            return Undetermined(date, null, null, null, null, null, "The rating is on the original ALSFRS, which lacks items R1 and R3: King's stage is estimated from ALSFRS-R only.");
        }

        var respiratory = Tri.Or(rating.R1Dyspnea is { } r1 ? r1 == 0 : null, Tri.Below(rating.R3RespiratoryInsufficiency, 4));
        var gastrostomy = Gastrostomy(rating, gastrostomyDate);
        var bulbar = Tri.Or(Tri.Below(rating.Q1Speech, 4), Tri.Below(rating.Q2Salivation, 4), Tri.Below(rating.Q3Swallowing, 4));
        var upper = Tri.Or(Tri.Below(rating.Q4Handwriting, 4), Tri.Below(rating.Q5aCutting, 4));
        var lower = Tri.Below(rating.Q8Walking, 4);
        if (respiratory == true)
        {
            return Determined(date, KingsStage.Stage4B, respiratory, gastrostomy, bulbar, upper, lower, false);
        }

        if (respiratory is null)
        {
            return Undetermined(date, respiratory, gastrostomy, bulbar, upper, lower, "Item R1 or R3 is missing and the other does not show respiratory failure: stage 4B cannot be ruled out.");
        }

        if (gastrostomy == true)
        {
            return Determined(date, KingsStage.Stage4A, respiratory, gastrostomy, bulbar, upper, lower, false);
        }

        if (gastrostomy is null)
        {
            return Undetermined(date, respiratory, gastrostomy, bulbar, upper, lower, "Gastrostomy status unknown (no item 5a or 5b, no flag, no gastrostomy event): stage 4A cannot be ruled out.");
        }

        var unknown = new[] { (bulbar, "bulbar (items 1–3)"), (upper, "upper limb (items 4, 5a)"), (lower, "lower limb (item 8)") }
            .Where(r => r.Item1 is null).Select(r => r.Item2).ToList();
        if (unknown.Count > 0)
        {
            return Undetermined(date, respiratory, gastrostomy, bulbar, upper, lower, $"Region involvement unknown for {string.Join(", ", unknown)}: items missing.");
        }

        var count = (bulbar == true ? 1 : 0) + (upper == true ? 1 : 0) + (lower == true ? 1 : 0);
        var recode = count == 0 && options.RecodeStageZeroToOne;
        return Determined(date, recode ? KingsStage.Stage1 : (KingsStage)count, respiratory, gastrostomy, bulbar, upper, lower, recode);
    }

    // 5b answered, the flag, or an event on or before the rating → true; a known absence (flag false or 5a answered) with
    // no event → false; otherwise unknown.
    private static bool? Gastrostomy(AlsfrsDetails rating, DateOnly? gastrostomyDate)
    {
        if (rating.Q5bCuttingGastrostomy is not null || rating.Gastrostomy == true || gastrostomyDate <= rating.Date)
        {
            return true;
        }

        return rating.Gastrostomy == false || rating.Q5aCutting is not null ? false : null;
    }

    private static KingsStageResult Determined(DateOnly date, KingsStage stage, bool? r, bool? g, bool? b, bool? u, bool? l, bool recoded) =>
        new(date, stage, StageLabels.Of(stage), r, g, b, u, l, recoded, null, recoded ? MethodText + "; stage 0 recoded to 1" : MethodText);

    private static KingsStageResult Undetermined(DateOnly date, bool? r, bool? g, bool? b, bool? u, bool? l, string reason) =>
        new(date, null, null, r, g, b, u, l, false, reason, MethodText);
}
