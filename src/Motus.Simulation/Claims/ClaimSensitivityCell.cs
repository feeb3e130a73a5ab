namespace Motus.Simulation.Claims;

/// <summary>The null responder rate and the binomial tail for one (σe, σ1) pair of the sensitivity grid.</summary>
/// <param name="ResidualSd">σe, points.</param>
/// <param name="SlopeSd">σ1, points/month.</param>
/// <param name="NullRate">Simulated null responder rate.</param>
/// <param name="NullRateMonteCarloSe">Its Monte Carlo SE.</param>
/// <param name="BinomialTailProbability">P(X ≥ claimed | n, null rate), exact binomial.</param>
/// <param name="ApparentSlowing">Apparent slowing of the mean slope among evaluable patients; null when their mean lead-in slope is not negative.</param>
public sealed record ClaimSensitivityCell(double ResidualSd, double SlopeSd, double NullRate, double NullRateMonteCarloSe, double BinomialTailProbability, double? ApparentSlowing);
