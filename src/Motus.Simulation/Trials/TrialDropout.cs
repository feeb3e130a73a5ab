namespace Motus.Simulation.Trials;

/// <summary>
/// Dropout of the simulated trial, through the natural-history generator's dropout model: a baseline hazard per month of
/// follow-up, multiplied by exp(k·lost/48) (lost = ALSFRS-R points lost since onset) when informative. Vital status is
/// still followed to the end of the trial after dropout.
/// </summary>
/// <param name="RatePerMonth">Baseline dropout hazard per month (≥ 0; the generator's default is 0.008).</param>
/// <param name="Informative">
/// True to keep the generator's informative component (k = <see cref="NaturalHistory.NaturalHistoryParameters.DropoutLossCoefficient"/>, 2.5 by default);
/// false for dropout at the constant rate (missing completely at random).
/// </param>
public sealed record TrialDropout(double RatePerMonth, bool Informative);
