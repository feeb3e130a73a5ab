namespace Motus.Statistics.Regression;

/// <summary>
/// The overall F test of a linear model against the intercept-only model (or against the zero model when there is no
/// intercept). R: <c>summary(lm(...))$fstatistic</c> and its p-value.
/// </summary>
/// <param name="Value">F = (MSS / NumeratorDf) / σ̂².</param>
/// <param name="NumeratorDf">Rank minus 1 with an intercept, the rank without.</param>
/// <param name="DenominatorDf">Residual degrees of freedom n − rank.</param>
/// <param name="PValue">P(F ≥ Value). R: <c>pf(value, numdf, dendf, lower.tail = FALSE)</c>.</param>
public sealed record FTestResult(double Value, int NumeratorDf, int DenominatorDf, double PValue);
