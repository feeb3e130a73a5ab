namespace Motus.Analysis.Prognosis;

/// <summary>
/// A coefficient set of the ENCALS linear predictor LP = Σ β·f(x) (higher = worse prognosis), with the transforms
/// f(ΔFS) = (ΔFS + 0.1)^−0.5, f(d) = (d/10)^−0.5 + ln(d/10), f(age) = (age/100)^−2, f(VC) = (VC/100)^−1 + (VC/100)^−0.5 and
/// the binary predictors as 0/1. Both sets come from public code (rpavaneijk/Precision-ALS, "ENCALS risk modelling.R"
/// @7e0c4b25, whose header cites doi:10.1016/S1474-4422(18)30089-9); they were **not checked against the paper's
/// supplement** (als-methods §4.2, open question 1).
/// </summary>
/// <param name="Name">Name of the set.</param>
/// <param name="DeltaFs">β of f(ΔFS).</param>
/// <param name="DiagnosticDelay">β of f(diagnostic delay).</param>
/// <param name="AgeAtOnset">β of f(age at onset).</param>
/// <param name="VitalCapacity">β of f(vital capacity).</param>
/// <param name="BulbarOnset">β of bulbar onset.</param>
/// <param name="DefiniteAls">β of definite El Escorial.</param>
/// <param name="Ftd">β of FTD.</param>
/// <param name="C9orf72">β of C9orf72; null when the set has no C9orf72 term.</param>
/// <param name="Baseline">The baseline spline that turns the LP into survival; null when none was published for the set.</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record EncalsCoefficients(
    string Name,
    double DeltaFs,
    double DiagnosticDelay,
    double AgeAtOnset,
    double VitalCapacity,
    double BulbarOnset,
    double DefiniteAls,
    double Ftd,
    double? C9orf72,
    EncalsBaseline? Baseline,
    string Source)
{
    private const string Code = "public code rpavaneijk/Precision-ALS 'ENCALS risk modelling.R' @7e0c4b25b9287a8b55a2c763c8a3b9f7b43f2c9d; not checked against the Lancet Neurol 2018 supplement";

    /// <summary>The 8-predictor ENCALS ("Lancet") set with its baseline spline.</summary>
    public static EncalsCoefficients Encals2018 { get; } = new("ENCALS 2018, 8 predictors", -1.837, -2.373, -0.267, 0.477, 0.269, 0.233, 0.388, 0.256,
        EncalsBaseline.PublicCode, Code);

    /// <summary>
    /// The 7-predictor TRICALS risk profile (no C9orf72), used for trial eligibility (LP from −6 to −2). Its own baseline
    /// was not published in the code, so it gives an LP but no survival curve.
    /// </summary>
    public static EncalsCoefficients TricalsRiskProfile { get; } = new("TRICALS risk profile, 7 predictors", -1.839, -2.376, -0.264, 0.474, 0.271, 0.238, 0.415, null,
        null, Code);
}
