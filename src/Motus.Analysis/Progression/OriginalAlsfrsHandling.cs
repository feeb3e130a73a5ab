namespace Motus.Analysis.Progression;

/// <summary>
/// What a progression method does with a rating on the original 40-point ALSFRS. The reference advises computing
/// progression within one scale version: ALSFRS → ALSFRS-R cannot be converted exactly (items R2 and R3 are missing) and
/// rescaling by 48/40 is an unverified heuristic (docs/methods/progression.md; als-methods §1.4).
/// </summary>
public enum OriginalAlsfrsHandling
{
    /// <summary>Refuse: the result is not estimable and says why. The default.</summary>
    Refuse,

    /// <summary>
    /// Use the original scale's own maximum: ΔFS = (40 − total) / months. The value is in ALSFRS (40-point) units per
    /// month and is not comparable with ALSFRS-R ΔFS; the result's method and warnings say so.
    /// </summary>
    OwnMaximum,
}
