namespace Motus.Analysis.Evidence;

/// <summary>
/// The closed vocabularies of the evidence library. The loader rejects any other code. Design, route and cell-type codes
/// follow the shared reference's CSV (lower-cased); <c>separate-groups</c> is Motus's code for a study that gave
/// different routes to separate groups of patients (Nabavi 2019).
/// </summary>
public static class EvidenceVocabulary
{
    /// <summary>Study designs.</summary>
    public static IReadOnlyList<string> Designs { get; } =
        ["single-arm", "case-series", "historical-control", "randomized-open", "randomized-placebo"];

    /// <summary>Routes of administration.</summary>
    public static IReadOnlyList<string> Routes { get; } =
        ["intraspinal", "intrathecal", "intravenous", "intramuscular", "intracerebroventricular", "combined", "separate-groups", "other"];

    /// <summary>Cell types: haematopoietic, mesenchymal stromal (MSC), MSC secreting neurotrophic factors (NurOwn), neural stem
    /// cells, bone-marrow mononuclear cells, GDNF-secreting neural progenitors, other.</summary>
    public static IReadOnlyList<string> CellTypes { get; } =
        ["hematopoietic", "msc", "msc-ntf", "nsc", "bm-mnc", "npc-gdnf", "other"];

    /// <summary>What the authors concluded about efficacy.</summary>
    public static IReadOnlyList<string> Conclusions { get; } = ["positive", "negative", "neutral", "safety-only"];

    /// <summary>Adverse-event categories with counts.</summary>
    public static IReadOnlyList<string> AdverseEventCategories { get; } =
        ["death", "headache", "fever", "back-pain", "infection", "tumour", "surgical-complication", "neurological-deterioration"];

    /// <summary>Kinds of comparison behind an efficacy number.</summary>
    public static IReadOnlyList<string> Comparisons { get; } = ["randomised", "historical", "pre-post", "within-patient-placebo"];

    /// <summary>Kinds of review.</summary>
    public static IReadOnlyList<string> ReviewKinds { get; } = ["systematic-review", "meta-analysis", "safety-comparison"];

    /// <summary>Plain-language names of the cell-type codes.</summary>
    public static string CellTypeName(string code) => code switch
    {
        "hematopoietic" => "haematopoietic (blood-forming) stem cells",
        "msc" => "mesenchymal stromal cells (MSC)",
        "msc-ntf" => "MSC induced to secrete neurotrophic factors (MSC-NTF, NurOwn)",
        "nsc" => "neural stem cells",
        "bm-mnc" => "bone-marrow mononuclear cells",
        "npc-gdnf" => "neural progenitor cells releasing GDNF",
        _ => "other cell types",
    };

    /// <summary>Plain-language names of the route codes, worded to follow "given" ("given by injection into …").</summary>
    public static string RouteName(string code) => code switch
    {
        "intraspinal" => "by injection into the spinal cord (surgery)",
        "intrathecal" => "by injection into the spinal fluid (lumbar puncture)",
        "intravenous" => "into a vein",
        "intramuscular" => "into muscle",
        "intracerebroventricular" => "into the brain's ventricles",
        "combined" => "by several routes in the same patients",
        "separate-groups" => "by different routes in separate groups",
        _ => "by other routes",
    };
}
