using Motus.Domain.Assessments;

namespace Motus.Analysis.Tests.Staging;

/// <summary>Hand-made ratings for staging tests.</summary>
internal static class StagingRatings
{
    public static readonly DateOnly Date = new(2025, 6, 1);

    /// <summary>Every item 4 (total 48), no gastrostomy (item 5a answered, flag false).</summary>
    public static AlsfrsDetails Normal(DateOnly? date = null) => Motus.Testing.Builders.NormalAlsfrsDetails(date ?? Date);
}
