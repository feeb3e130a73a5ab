namespace Motus.Statistics.Design;

/// <summary>
/// Conditional power at an interim look, with every input echoed.
/// R (closed form): <c>1 - pnorm((crit - z * sqrt(t) - theta * (1 - t)) / sqrt(1 - t))</c>.
/// </summary>
/// <param name="ConditionalPower">P(Z₁ ≥ c | Z_t = z) under drift θ.</param>
/// <param name="Drift">θ = E[Z] at full information assumed for the remainder.</param>
/// <param name="Assumption">Where θ came from.</param>
/// <param name="InterimZ">Observed Z_t (positive favours the alternative).</param>
/// <param name="InformationFraction">t, the information fraction at the interim look.</param>
/// <param name="FinalCriticalValue">c, the final-analysis boundary on the Z scale.</param>
public sealed record ConditionalPowerResult(
    double ConditionalPower, double Drift, ConditionalPowerAssumption Assumption, double InterimZ, double InformationFraction, double FinalCriticalValue);
