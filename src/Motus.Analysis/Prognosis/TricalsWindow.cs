namespace Motus.Analysis.Prognosis;

/// <summary>
/// The TRICALS risk-profile eligibility rule: LP between −6.0 and −2.0 (EXPERTS-ALS inclusion criterion 3; MAGNET
/// protocol, verified in the reference — trial-methods §3.3, als-methods §4.2). By the 8-predictor baseline that is a
/// median event-free survival of roughly 57 down to 18 months from onset (derived). The default set is the 7-predictor
/// TRICALS risk profile, whose coefficients come from public code and were not checked against a publication.
/// </summary>
public static class TricalsWindow
{
    /// <summary>Default lower bound of the window, −6.0.</summary>
    public const double DefaultLower = -6.0;

    /// <summary>Default upper bound of the window, −2.0.</summary>
    public const double DefaultUpper = -2.0;

    /// <summary>Checks whether LP lies in [<paramref name="lower"/>, <paramref name="upper"/>], bounds included.</summary>
    /// <param name="x">The predictors.</param>
    /// <param name="set">The coefficients. Default <see cref="EncalsCoefficients.TricalsRiskProfile"/>.</param>
    /// <param name="lower">Lower bound. Default −6.0.</param>
    /// <param name="upper">Upper bound. Default −2.0.</param>
    public static TricalsWindowResult Check(EncalsPredictors x, EncalsCoefficients? set = null, double lower = DefaultLower, double upper = DefaultUpper)
    {
        if (!(lower <= upper))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, $"The lower bound must not exceed the upper bound ({upper}).");
        }

        var lp = EncalsModel.LinearPredictor(x, set ?? EncalsCoefficients.TricalsRiskProfile);
        var inside = lp.Value >= lower && lp.Value <= upper;
        return new TricalsWindowResult(lp, lower, upper, inside, $"Risk-profile window: {lower} ≤ LP ≤ {upper} (TRICALS/EXPERTS-ALS), set '{lp.CoefficientSet}'; {lp.Method}");
    }
}
