namespace Motus.Analysis.Prognosis;

/// <summary>One term of the linear predictor.</summary>
/// <param name="Predictor">Predictor name and unit.</param>
/// <param name="Value">The input value.</param>
/// <param name="Transform">The transform f, in words.</param>
/// <param name="Transformed">f(value).</param>
/// <param name="Coefficient">β.</param>
/// <param name="Contribution">β·f(value).</param>
public sealed record LinearPredictorTerm(string Predictor, double Value, string Transform, double Transformed, double Coefficient, double Contribution);
