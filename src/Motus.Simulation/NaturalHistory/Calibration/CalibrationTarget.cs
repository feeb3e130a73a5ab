namespace Motus.Simulation.NaturalHistory.Calibration;

/// <summary>One row of the calibration report: a published figure, its band, and what the generated cohort gives.</summary>
/// <param name="Name">What is measured.</param>
/// <param name="Published">The published figure as text (with units).</param>
/// <param name="Source">Where the figure comes from.</param>
/// <param name="Definition">How the statistic is computed on the generated cohort.</param>
/// <param name="Low">Lower end of the band the generated value must fall in.</param>
/// <param name="High">Upper end of the band.</param>
/// <param name="Value">The generated value.</param>
/// <param name="Eligible">Number of patients the statistic was computed on.</param>
public sealed record CalibrationTarget(string Name, string Published, string Source, string Definition, double Low, double High, double Value, int Eligible)
{
    /// <summary>True when the generated value lies in [<see cref="Low"/>, <see cref="High"/>].</summary>
    public bool Passed => Value >= Low && Value <= High;
}
