using Motus.Application.Records;

namespace Motus.Web.Tests.Records;

/// <summary>ALSFRS-R inputs for tests.</summary>
public static class AlsfrsInputs
{
    /// <summary>Every item 4 (total 48), no gastrostomy.</summary>
    public static AlsfrsInput Normal(DateOnly date) => new()
    {
        Date = date,
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
