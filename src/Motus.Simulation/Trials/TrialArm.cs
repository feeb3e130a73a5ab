namespace Motus.Simulation.Trials;

/// <summary>One arm of a simulated two-arm trial.</summary>
/// <param name="Name">Arm name as it appears in results.</param>
/// <param name="Ratio">Allocation ratio (relative weight, &gt; 0).</param>
/// <param name="Size">Patients randomised to the arm in every simulated trial.</param>
/// <param name="IsControl">True for the control arm (no treatment effect); the other arm receives the true effect.</param>
public sealed record TrialArm(string Name, double Ratio, int Size, bool IsControl);
