namespace Motus.Analysis.Evidence;

/// <summary>One comparison group of a study (placebo arm, open control, external or within-patient control).</summary>
public sealed class ControlGroup
{
    /// <summary>Number of patients (or muscles, for within-patient designs), ≥ 1.</summary>
    public int N { get; init; }

    /// <summary>What the group is, from the reference.</summary>
    public string Description { get; init; } = "";
}
