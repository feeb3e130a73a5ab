namespace Motus.Analysis.Evidence;

/// <summary>Follow-up duration: the number of months the reference gives, and its wording when it qualifies the number.</summary>
public sealed class FollowUp
{
    /// <summary>Months of follow-up, ≥ 0 (for "up to N" the N).</summary>
    public double Months { get; init; }

    /// <summary>The reference's wording when it says more than the number (e.g. "up to ~108 (nearly 9 years)"); null otherwise.</summary>
    public string? Text { get; init; }
}
