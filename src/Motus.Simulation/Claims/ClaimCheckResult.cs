using Motus.Analysis.Responders;
using Motus.Simulation.RegressionToMean;

namespace Motus.Simulation.Claims;

/// <summary>What natural history alone would give for a claim: the null responder rate, how surprising the claimed count is under it, and how both move with the unverified variance parameters.</summary>
/// <param name="Claim">The claim: n, responders, definition, visits and entry rule.</param>
/// <param name="ModelName">The null model's name.</param>
/// <param name="ModelDescription">The null model and its parameters.</param>
/// <param name="Assumptions">The model's assumptions, one sentence each.</param>
/// <param name="Seed">The seed.</param>
/// <param name="SimulatedPatients">Untreated patients simulated for the rate.</param>
/// <param name="EnteredFraction">Fraction of them meeting the entry rule.</param>
/// <param name="EvaluablePatients">Entered patients the definition can judge (the rate's denominator).</param>
/// <param name="NullRate">Null responder rate: responders / evaluable.</param>
/// <param name="NullRateMonteCarloSe">√(p(1 − p)/evaluable).</param>
/// <param name="BinomialTailProbability">P(X ≥ claimed | n, null rate), exact binomial (R: <c>pbinom(k - 1, n, p, lower.tail = FALSE)</c>); ignores the rate's own Monte Carlo error.</param>
/// <param name="SimulatedStudies">Whole studies simulated (0 when skipped).</param>
/// <param name="SimulatedTailProbability">Fraction of simulated studies with at least the claimed count; null when skipped.</param>
/// <param name="SimulatedTailMonteCarloSe">Its Monte Carlo SE; null with it.</param>
/// <param name="MeanPreSlope">Mean ŝ_pre of evaluable patients, points/month.</param>
/// <param name="MeanPostSlope">Mean ŝ_post of evaluable patients.</param>
/// <param name="ApparentSlowing">(mean ŝ_post − mean ŝ_pre)/|mean ŝ_pre|: the slowing of the mean slope natural history alone shows; null when the mean lead-in slope is not negative.</param>
/// <param name="Analytic">The exact regression-to-the-mean moments when the model and rule allow them (linear Gaussian, continuous scores, a slope or two-visit decline rule); null otherwise.</param>
/// <param name="Grid">The sensitivity grid over σe × σ1 (empty when skipped).</param>
/// <param name="Method">The method, in words.</param>
/// <param name="Warnings">Everything the reader should know about this run.</param>
public sealed record ClaimCheckResult(
    ClaimDescription Claim,
    string ModelName,
    string ModelDescription,
    IReadOnlyList<string> Assumptions,
    long Seed,
    long SimulatedPatients,
    double EnteredFraction,
    long EvaluablePatients,
    double NullRate,
    double NullRateMonteCarloSe,
    double BinomialTailProbability,
    int SimulatedStudies,
    double? SimulatedTailProbability,
    double? SimulatedTailMonteCarloSe,
    double MeanPreSlope,
    double MeanPostSlope,
    double? ApparentSlowing,
    RegressionToMeanResult? Analytic,
    IReadOnlyList<ClaimSensitivityCell> Grid,
    string Method,
    IReadOnlyList<string> Warnings)
{
    /// <summary>This result as the simulated null slot of a responder analysis (Motus.Analysis.Responders).</summary>
    public SimulatedNull ToSimulatedNull() => new(
        NullRate,
        (int)Math.Min(EvaluablePatients, int.MaxValue),
        Seed,
        $"{ModelName}: {ModelDescription}",
        SimulatedTailProbability,
        SimulatedTailMonteCarloSe);
}
