namespace Motus.Analysis.Prognosis;

/// <summary>The ENCALS linear predictor with its terms. Higher means worse prognosis.</summary>
/// <param name="Value">LP = Σ β·f(x).</param>
/// <param name="Terms">Every term, in the order of the coefficient table.</param>
/// <param name="CoefficientSet">Name of the coefficient set.</param>
/// <param name="Method">The model, the source of the coefficients and their status.</param>
public sealed record EncalsLinearPredictor(double Value, IReadOnlyList<LinearPredictorTerm> Terms, string CoefficientSet, string Method);
