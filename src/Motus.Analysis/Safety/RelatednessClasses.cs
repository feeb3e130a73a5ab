using Motus.Domain.Safety;

namespace Motus.Analysis.Safety;

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
