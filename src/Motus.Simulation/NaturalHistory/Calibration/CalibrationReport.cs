namespace Motus.Simulation.NaturalHistory.Calibration;

/// <summary>The calibration of the natural-history generator against published targets, for one seed and cohort size.</summary>
/// <param name="Patients">Cohort size.</param>
/// <param name="Seed">Cohort seed.</param>
/// <param name="Targets">Every target with its generated value.</param>
/// <param name="Method">How the cohort was generated and the statistics computed.</param>
public sealed record CalibrationReport(int Patients, ulong Seed, IReadOnlyList<CalibrationTarget> Targets, string Method)
{
    /// <summary>True when every target is met.</summary>
    public bool AllPassed => Targets.All(t => t.Passed);
}
