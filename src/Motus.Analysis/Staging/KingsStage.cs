namespace Motus.Analysis.Staging;

/// <summary>
/// King's clinical stage (Roche et al., Brain 2012;135:847–852): 1–3 = number of CNS regions involved, 4A = need for
/// gastrostomy, 4B = need for non-invasive ventilation, 5 = death. <see cref="Stage0"/> is what the ALSFRS-R mapping
/// returns when no bulbar, upper- or lower-limb item is impaired (only items 6, 7, 9, 10 or 11): "undetermined" in the
/// reference (als-methods §3.2 and §9), kept distinct from missing data.
/// </summary>
public enum KingsStage
{
    /// <summary>No region involved by the ALSFRS-R mapping (the mapping cannot place the patient).</summary>
    Stage0 = 0,

    /// <summary>One region involved.</summary>
    Stage1 = 1,

    /// <summary>Two regions involved.</summary>
    Stage2 = 2,

    /// <summary>Three regions involved.</summary>
    Stage3 = 3,

    /// <summary>Need for gastrostomy (nutritional failure).</summary>
    Stage4A = 4,

    /// <summary>Need for non-invasive ventilation (respiratory failure).</summary>
    Stage4B = 5,

    /// <summary>Death.</summary>
    Stage5 = 6,
}
