namespace Motus.Simulation.Claims;

/// <summary>How much to simulate. Every value is printed with the result.</summary>
/// <param name="SimulatedPatients">Untreated patients for the null responder rate (CLI default 200,000; MC SE of a 40% rate ≈ 0.11 pp).</param>
/// <param name="SimulatedStudies">Whole n-patient studies for the fully simulated tail probability (CLI default 100,000); 0 skips them.</param>
/// <param name="Seed">Seed, not negative (CLI default 1).</param>
/// <param name="Threads">Maximum threads (CLI default: all cores); never changes the result.</param>
/// <param name="GridResidualSds">σe values of the sensitivity grid (points; CLI default 1.0, 1.2, 1.4, 1.6, 1.8, 2.0 — the plausible range, [U]); empty skips the grid.</param>
/// <param name="GridSlopeSds">σ1 values of the sensitivity grid (points/month; CLI default 0.4, 0.6, 0.8); empty skips the grid.</param>
public sealed record ClaimCheckSettings(
    long SimulatedPatients,
    int SimulatedStudies,
    long Seed,
    int Threads,
    IReadOnlyList<double> GridResidualSds,
    IReadOnlyList<double> GridSlopeSds)
{
    /// <summary>Default σe values of the grid: the plausible range 1.0–2.0 points [U].</summary>
    public static IReadOnlyList<double> DefaultGridResidualSds { get; } = [1.0, 1.2, 1.4, 1.6, 1.8, 2.0];

    /// <summary>Default σ1 values of the grid: 0.4–0.8 points/month around the published 0.6–0.7.</summary>
    public static IReadOnlyList<double> DefaultGridSlopeSds { get; } = [0.4, 0.6, 0.8];
}
