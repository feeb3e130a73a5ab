namespace Motus.Simulation.Randomisation;

/// <summary>Arms and their allocation ratio, e.g. A:B = 3:1 (HEALEY), 2:1 (CENTAUR), 1:1:1 (MND-SMART).</summary>
public sealed record ArmAllocation
{
    /// <summary>Creates the allocation; throws <see cref="ArgumentException"/> for fewer than two arms, duplicate or blank names, or a ratio that is not positive integers of the same length.</summary>
    /// <param name="arms">Arm names, at least two, distinct.</param>
    /// <param name="ratio">Positive integer weight of each arm (same length).</param>
    public ArmAllocation(IReadOnlyList<string> arms, IReadOnlyList<int> ratio)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(ratio);
        if (arms.Count < 2 || arms.Any(string.IsNullOrWhiteSpace) || arms.Distinct(StringComparer.Ordinal).Count() != arms.Count)
        {
            throw new ArgumentException($"Give at least two distinct, non-blank arm names; got '{string.Join(",", arms)}'.", nameof(arms));
        }

        if (ratio.Count != arms.Count || ratio.Any(r => r < 1))
        {
            throw new ArgumentException($"The ratio needs one positive integer per arm ({arms.Count}); got '{string.Join(":", ratio)}'.", nameof(ratio));
        }

        Arms = [.. arms];
        Ratio = [.. ratio];
    }

    /// <summary>Arm names.</summary>
    public IReadOnlyList<string> Arms { get; }

    /// <summary>Integer weights, e.g. [3, 1].</summary>
    public IReadOnlyList<int> Ratio { get; }

    /// <summary>Sum of the weights: the smallest block size.</summary>
    public int RatioSum => Ratio.Sum();

    /// <summary>True when every arm has the same weight.</summary>
    public bool IsEqual => Ratio.All(r => r == Ratio[0]);

    /// <summary>The ratio as "3:1".</summary>
    public override string ToString() => string.Join(":", Ratio);
}
