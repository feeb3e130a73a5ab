using Motus.Application.Claims;
using Motus.Simulation.Claims;

namespace Motus.Application.Evidence;

/// <summary>One published claim checked under one visit schedule.</summary>
/// <param name="Window">The schedule and why it was used.</param>
/// <param name="Request">The exact claim-check request (running <c>motus claim check</c> with it gives the same figures).</param>
/// <param name="Result">The claim check's result: null rate, P(X ≥ claimed), grid.</param>
public sealed record ClaimScenarioResult(ClaimWindowScenario Window, ClaimCheckRequest Request, ClaimCheckResult Result)
{
    /// <summary>Lowest null rate across the σe × σ1 grid (the main run's rate when the grid is empty).</summary>
    public double GridNullRateMin => Result.Grid.Count == 0 ? Result.NullRate : Result.Grid.Min(c => c.NullRate);

    /// <summary>Highest null rate across the grid.</summary>
    public double GridNullRateMax => Result.Grid.Count == 0 ? Result.NullRate : Result.Grid.Max(c => c.NullRate);

    /// <summary>Smallest P(X ≥ claimed) across the grid.</summary>
    public double GridTailMin => Result.Grid.Count == 0 ? Result.BinomialTailProbability : Result.Grid.Min(c => c.BinomialTailProbability);

    /// <summary>Largest P(X ≥ claimed) across the grid.</summary>
    public double GridTailMax => Result.Grid.Count == 0 ? Result.BinomialTailProbability : Result.Grid.Max(c => c.BinomialTailProbability);
}
