namespace Motus.Simulation.Claims;

/// <summary>Counts and slope sums over simulated untreated patients (one chunk, or a whole run).</summary>
/// <param name="Simulated">Patients simulated.</param>
/// <param name="Entered">Patients who met the entry rule.</param>
/// <param name="Evaluable">Entered patients the responder definition can judge.</param>
/// <param name="Responders">Evaluable patients who met the responder definition.</param>
/// <param name="SumPreSlope">Σ ŝ_pre over evaluable patients, points/month.</param>
/// <param name="SumPostSlope">Σ ŝ_post over evaluable patients, points/month.</param>
public readonly record struct NullPatientSummary(long Simulated, long Entered, long Evaluable, long Responders, double SumPreSlope, double SumPostSlope)
{
    /// <summary>Adds two summaries (the caller fixes the order, so sums are reproducible).</summary>
    /// <param name="other">The other summary.</param>
    public NullPatientSummary Add(NullPatientSummary other) => new(
        Simulated + other.Simulated, Entered + other.Entered, Evaluable + other.Evaluable, Responders + other.Responders,
        SumPreSlope + other.SumPreSlope, SumPostSlope + other.SumPostSlope);
}
