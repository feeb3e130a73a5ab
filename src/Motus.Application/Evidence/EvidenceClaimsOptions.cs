using Motus.Simulation.Claims;

namespace Motus.Application.Evidence;

/// <summary>
/// How the library's single-arm claims are checked. Every default is documented in docs/methods/evidence-library.md
/// ("Claims") and printed with the result; the null model's parameters are the claim check's defaults
/// (<see cref="Claims.ClaimCheckRequest"/>: μ = −1, σ1 = 0.6, σe = 1.6 [U], continuous scores, shared treatment visit,
/// no entry rule).
/// </summary>
public sealed record EvidenceClaimsOptions
{
    /// <summary>Untreated patients simulated per claim and schedule (default 200,000, the claim check's default).</summary>
    public long Replicates { get; init; } = 200_000;

    /// <summary>Seed (default 1); every claim and schedule uses it, so the same inputs give the claim check's exact figures.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>
    /// Whole studies simulated for P(X ≥ claimed) (default 0: skipped; the exact binomial tail at the simulated rate is
    /// reported, as in the claim check; <c>motus claim check</c> adds the simulated tail).
    /// </summary>
    public int Studies { get; init; }

    /// <summary>Visit schedules used when the claim gives none (default <see cref="ClaimWindowScenario.Defaults"/>).</summary>
    public IReadOnlyList<ClaimWindowScenario> Windows { get; init; } = ClaimWindowScenario.Defaults;

    /// <summary>σe values of the sensitivity range (default 1.0–2.0 by 0.2).</summary>
    public IReadOnlyList<double> GridResidualSds { get; init; } = ClaimCheckSettings.DefaultGridResidualSds;

    /// <summary>σ1 values of the sensitivity range (default 0.4, 0.6, 0.8).</summary>
    public IReadOnlyList<double> GridSlopeSds { get; init; } = ClaimCheckSettings.DefaultGridSlopeSds;
}
