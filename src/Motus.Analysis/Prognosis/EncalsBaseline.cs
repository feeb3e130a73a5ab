namespace Motus.Analysis.Prognosis;

/// <summary>
/// The baseline of the proportional-odds Royston–Parmar ENCALS model: a restricted cubic spline in x = ln t (t = months
/// since symptom onset), s(x) = γ0 + γ1·x + γ2·v1(x) + γ3·v2(x), v_j(x) = (x − k_j)³₊ − λ_j·(x − k_min)³₊ − (1 − λ_j)·(x − k_max)³₊,
/// λ_j = (k_max − k_j)/(k_max − k_min). Values from public code (rpavaneijk/Precision-ALS, "ENCALS risk modelling.R"
/// @7e0c4b25), **not checked against the paper's supplement**. The public code leaves the (x − k_max) term uncubed; it is
/// cubed here, as a restricted cubic spline requires (the difference matters only after ≈ 371 months).
/// </summary>
/// <param name="Gamma0">γ0.</param>
/// <param name="Gamma1">γ1.</param>
/// <param name="Gamma2">γ2.</param>
/// <param name="Gamma3">γ3.</param>
/// <param name="KnotMin">k_min (on ln-months).</param>
/// <param name="Knot1">k1.</param>
/// <param name="Knot2">k2.</param>
/// <param name="KnotMax">k_max.</param>
public sealed record EncalsBaseline(double Gamma0, double Gamma1, double Gamma2, double Gamma3, double KnotMin, double Knot1, double Knot2, double KnotMax)
{
    /// <summary>Lowest ln t at which the model is evaluated for quantiles: −2 (t ≈ 0.14 months).</summary>
    public const double MinLogTime = -2;

    /// <summary>Highest ln t at which the model is evaluated for quantiles: 7 (t ≈ 1097 months); s is strictly increasing on [−2, 7].</summary>
    public const double MaxLogTime = 7;

    /// <summary>The 8-predictor ENCALS baseline: γ = (−6.409, 2.643, −0.546, 0.585), knots (0.081, 3.108, 3.638, 5.917).</summary>
    public static EncalsBaseline PublicCode { get; } = new(-6.409, 2.643, -0.546, 0.585, 0.081, 3.108, 3.638, 5.917);

    /// <summary>λ1 = (k_max − k1)/(k_max − k_min) (0.481323 for the public-code knots).</summary>
    public double Lambda1 => (KnotMax - Knot1) / (KnotMax - KnotMin);

    /// <summary>λ2 = (k_max − k2)/(k_max − k_min) (0.390507 for the public-code knots).</summary>
    public double Lambda2 => (KnotMax - Knot2) / (KnotMax - KnotMin);

    /// <summary>s(x), the baseline log cumulative odds of the event at x = ln(months since onset).</summary>
    public double Spline(double logMonths) =>
        Gamma0 + (Gamma1 * logMonths) + (Gamma2 * Basis(logMonths, Knot1, Lambda1)) + (Gamma3 * Basis(logMonths, Knot2, Lambda2));

    private double Basis(double x, double knot, double lambda) =>
        Cube(x - knot) - (lambda * Cube(x - KnotMin)) - ((1 - lambda) * Cube(x - KnotMax));

    private static double Cube(double u) => u > 0 ? u * u * u : 0;
}
