using Motus.Domain.Assessments;

namespace Motus.Analysis.Tests.Staging;

/// <summary>Hand-made ratings for staging tests.</summary>
internal static class StagingRatings
{
    public static readonly DateOnly Date = new(2025, 6, 1);

    /// <summary>Every item 4 (total 48), no gastrostomy (item 5a answered, flag false).</summary>
    public static AlsfrsDetails Normal(DateOnly? date = null) => new()
    {
        Date = date ?? Date,
        Q1Speech = 4,
        Q2Salivation = 4,
        Q3Swallowing = 4,
        Q4Handwriting = 4,
        Q5aCutting = 4,
        Q6Dressing = 4,
        Q7Turning = 4,
        Q8Walking = 4,
        Q9Stairs = 4,
        R1Dyspnea = 4,
        R2Orthopnea = 4,
        R3RespiratoryInsufficiency = 4,
        Gastrostomy = false,
    };
}
