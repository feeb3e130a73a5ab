namespace Motus.Analysis.Safety;

/// <summary>
/// Relatedness collapsed for tables: possible, probable and definite count as related; unrelated and unlikely as not
/// related. A common convention of safety analysis plans (unverified against a named guideline; see docs/methods/safety.md).
/// </summary>
public enum RelatednessClass
{
    /// <summary>Possible, probable or definite.</summary>
    Related = 1,

    /// <summary>Unrelated or unlikely.</summary>
    NotRelated = 2,

    /// <summary>Not assessed.</summary>
    NotAssessed = 3,
}
