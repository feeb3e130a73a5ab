namespace Motus.Analysis.Responders;

/// <summary>
/// A published rate of apparent "response" without treatment: what a single-arm responder rate must be compared with
/// instead of 0% (als-methods §5 and §9; trial-methods §3.4). Each anchor carries its own definition, which is rarely the
/// analysis's definition; <see cref="RelativeSlopeReduction"/> says when it is.
/// </summary>
/// <param name="Name">Short name, e.g. "NurOwn phase 3 placebo".</param>
/// <param name="Rate">The published proportion of untreated patients meeting the definition, in [0, 1].</param>
/// <param name="Definition">What "response" meant in the source.</param>
/// <param name="RelativeSlopeReduction">The source's threshold when it is a relative slope reduction (0.5 = "≥ 50% slope improvement"); null for absolute or plateau definitions.</param>
/// <param name="SampleSize">Patients behind the rate, when published.</param>
/// <param name="Citation">Source, with identifiers.</param>
/// <param name="Caveat">Why the anchor may not transfer to a given study.</param>
public sealed record NaturalHistoryNull(
    string Name,
    double Rate,
    string Definition,
    double? RelativeSlopeReduction,
    int? SampleSize,
    string Citation,
    string Caveat)
{
    /// <summary>NurOwn (MSC-NTF) phase 3, placebo arm: 27.7% with ≥ 1.25 points/month slope improvement.</summary>
    public static NaturalHistoryNull NurOwnPhase3Placebo { get; } = new(
        "NurOwn phase 3 placebo",
        0.277,
        "ALSFRS-R slope improvement of at least 1.25 points/month from the pre-randomisation to the post-randomisation period",
        null,
        null,
        "NurOwn (MSC-NTF) phase 3 results: PMC9305113 Table 4; PMC9275386 (Neurotherapeutics review: 28% placebo vs 33% NurOwn); https://seekingalpha.com/news/3637045-brainstorms-nurown-flunks-in-late-stage-als-study",
        "Absolute threshold, not a relative one; entry required a ≥ 3-point pre-randomisation decline (fast progressors), where regression to the mean is strongest; 15.2–20.5% in baseline-ALSFRS-R subgroups.");

    /// <summary>Oh et al. 2018, controls at 4 months: 19% with ≥ 50% slope improvement.</summary>
    public static NaturalHistoryNull Oh2018Controls4Months { get; } = new(
        "Oh 2018 controls, 4 months",
        0.19,
        "ALSFRS-R slope improvement of at least 50% at 4 months",
        0.5,
        null,
        "Oh et al. 2018, repeated intrathecal BM-MSC (Korea), PMID 30048006",
        "Control group; the slope change in controls had SD 1.33 points/month.");

    /// <summary>Oh et al. 2018, controls at 6 months: 22% with ≥ 50% slope improvement.</summary>
    public static NaturalHistoryNull Oh2018Controls6Months { get; } = new(
        "Oh 2018 controls, 6 months",
        0.22,
        "ALSFRS-R slope improvement of at least 50% at 6 months",
        0.5,
        null,
        "Oh et al. 2018, PMID 30048006",
        "Control group of the same study.");

    /// <summary>Oh et al. 2018, controls: 4% with ≥ 100% slope improvement.</summary>
    public static NaturalHistoryNull Oh2018ControlsFullStop { get; } = new(
        "Oh 2018 controls, ≥ 100%",
        0.04,
        "ALSFRS-R slope improvement of at least 100% (decline stopped or reversed)",
        1.0,
        null,
        "Oh et al. 2018, PMID 30048006",
        "Control group of the same study.");

    /// <summary>Bedlack et al. 2016, PRO-ACT: 25% with no ALSFRS-R decline over 6 months.</summary>
    public static NaturalHistoryNull Bedlack2016Plateau6Months { get; } = new(
        "Bedlack 2016 plateau, 6 months",
        0.25,
        "No ALSFRS-R decline over a 6-month period (plateau)",
        null,
        3132,
        "Bedlack et al. 2016, PRO-ACT natural history, PMID 26658909",
        "Untreated trial participants; a plateau is not a pre/post slope ratio, but a short post period of 'stabilisation' is expected this often by chance.");

    /// <summary>Bedlack et al. 2016, PRO-ACT: 16% with no decline over 12 months.</summary>
    public static NaturalHistoryNull Bedlack2016Plateau12Months { get; } = new(
        "Bedlack 2016 plateau, 12 months",
        0.16,
        "No ALSFRS-R decline over a 12-month period (plateau)",
        null,
        2105,
        "Bedlack et al. 2016, PMID 26658909",
        "Untreated trial participants; plateau definition, not a slope ratio.");

    /// <summary>Bedlack et al. 2016, PRO-ACT: 7% with no decline over 18 months.</summary>
    public static NaturalHistoryNull Bedlack2016Plateau18Months { get; } = new(
        "Bedlack 2016 plateau, 18 months",
        0.07,
        "No ALSFRS-R decline over an 18-month period (plateau)",
        null,
        1218,
        "Bedlack et al. 2016, PMID 26658909",
        "Untreated trial participants; plateau definition, not a slope ratio.");

    /// <summary>Bedlack et al. 2016, PRO-ACT: 14% had a 180-day interval with a positive ALSFRS-R slope.</summary>
    public static NaturalHistoryNull Bedlack2016Reversal180Days { get; } = new(
        "Bedlack 2016 reversal, 180 days",
        0.14,
        "A 180-day interval with ALSFRS-R slope > 0 (apparent improvement)",
        null,
        1343,
        "Bedlack et al. 2016, PMID 26658909",
        "Untreated trial participants; fewer than 1% improved by ≥ 4 points for ≥ 12 months.");

    /// <summary>Every published anchor above, in this order.</summary>
    public static IReadOnlyList<NaturalHistoryNull> Published { get; } =
    [
        NurOwnPhase3Placebo, Oh2018Controls4Months, Oh2018Controls6Months, Oh2018ControlsFullStop,
        Bedlack2016Plateau6Months, Bedlack2016Plateau12Months, Bedlack2016Plateau18Months, Bedlack2016Reversal180Days,
    ];
}
