using Motus.Domain.Safety;

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

/// <summary>Maps the five-level assessment to <see cref="RelatednessClass"/>.</summary>
public static class RelatednessClasses
{
    /// <summary>The class of an assessment.</summary>
    /// <param name="relatedness">The assessment.</param>
    public static RelatednessClass Of(Relatedness relatedness) => relatedness switch
    {
        Relatedness.Possible or Relatedness.Probable or Relatedness.Definite => RelatednessClass.Related,
        Relatedness.Unrelated or Relatedness.Unlikely => RelatednessClass.NotRelated,
        _ => RelatednessClass.NotAssessed,
    };
}
