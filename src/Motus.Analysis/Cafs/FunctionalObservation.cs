namespace Motus.Analysis.Cafs;

/// <summary>A functional measurement after baseline: time from the origin and change from the baseline value.</summary>
/// <param name="Time">Time from the origin (&gt; 0), in the subject's time unit (months in <see cref="CafsAnalysis"/>).</param>
/// <param name="Change">Value − baseline value (ALSFRS-R points; negative = decline).</param>
public sealed record FunctionalObservation(double Time, double Change);
