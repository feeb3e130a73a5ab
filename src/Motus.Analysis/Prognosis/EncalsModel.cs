using System.Globalization;

namespace Motus.Analysis.Prognosis;

/// <summary>
/// The ENCALS survival prediction model (Westeneng et al., Lancet Neurol 2018;17:423–433, doi:10.1016/S1474-4422(18)30089-9):
/// a proportional-odds Royston–Parmar model of the time from symptom onset to the first of death, tracheostomy or NIV
/// &gt; 23 h/day. The coefficients and the baseline spline come from **public code (rpavaneijk/Precision-ALS) and were not
/// checked against the paper's supplement**; the onset time origin is inferred (als-methods §4.2). Quantiles are found by
/// bisection on ln t in [−2, 7], where s is strictly increasing. See docs/methods/encals.md.
/// </summary>
public static class EncalsModel
{
    private const string Status = "coefficients from public code (rpavaneijk/Precision-ALS), not checked against the paper's supplement";

    /// <summary>
    /// The linear predictor. Throws <see cref="ArgumentOutOfRangeException"/> for inputs outside the transforms' domains
    /// (ΔFS &lt; 0, delay ≤ 0, age ≤ 0, VC ≤ 0, or not finite) and <see cref="ArgumentException"/> when the set has a
    /// C9orf72 term and <see cref="EncalsPredictors.C9orf72"/> is null.
    /// </summary>
    /// <param name="x">The predictors.</param>
    /// <param name="set">The coefficients. Default <see cref="EncalsCoefficients.Encals2018"/>.</param>
    public static EncalsLinearPredictor LinearPredictor(EncalsPredictors x, EncalsCoefficients? set = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        set ??= EncalsCoefficients.Encals2018;
        Positive(x.DiagnosticDelayMonths, nameof(x.DiagnosticDelayMonths));
        Positive(x.AgeAtOnsetYears, nameof(x.AgeAtOnsetYears));
        Positive(x.VitalCapacityPercent, nameof(x.VitalCapacityPercent));
        if (!(x.DeltaFs >= 0 && double.IsFinite(x.DeltaFs)))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x.DeltaFs, "ΔFS must be finite and ≥ 0 (points lost per month).");
        }

        if (set.C9orf72 is not null && x.C9orf72 is null)
        {
            throw new ArgumentException($"C9orf72 status is unknown but the set '{set.Name}' has a C9orf72 term: use the TRICALS 7-predictor set or supply the status.", nameof(x));
        }

        var d = x.DiagnosticDelayMonths / 10;
        var v = x.VitalCapacityPercent / 100;
        var terms = new List<LinearPredictorTerm>
        {
            Term("ΔFS (points/month)", x.DeltaFs, "(ΔFS + 0.1)^−0.5", Math.Pow(x.DeltaFs + 0.1, -0.5), set.DeltaFs),
            Term("Diagnostic delay (months)", x.DiagnosticDelayMonths, "(d/10)^−0.5 + ln(d/10)", Math.Pow(d, -0.5) + Math.Log(d), set.DiagnosticDelay),
            Term("Age at onset (years)", x.AgeAtOnsetYears, "(age/100)^−2", Math.Pow(x.AgeAtOnsetYears / 100, -2), set.AgeAtOnset),
            Term("Vital capacity (% predicted)", x.VitalCapacityPercent, "(VC/100)^−1 + (VC/100)^−0.5", (1 / v) + Math.Pow(v, -0.5), set.VitalCapacity),
            Term("Bulbar onset", x.BulbarOnset ? 1 : 0, "0/1", x.BulbarOnset ? 1 : 0, set.BulbarOnset),
            Term("Definite ALS (El Escorial)", x.DefiniteAls ? 1 : 0, "0/1", x.DefiniteAls ? 1 : 0, set.DefiniteAls),
            Term("FTD", x.Ftd ? 1 : 0, "0/1", x.Ftd ? 1 : 0, set.Ftd),
        };
        if (set.C9orf72 is { } c9)
        {
            terms.Add(Term("C9orf72 repeat expansion", x.C9orf72 == true ? 1 : 0, "0/1", x.C9orf72 == true ? 1 : 0, c9));
        }

        return new EncalsLinearPredictor(terms.Sum(t => t.Contribution), terms, set.Name, $"ENCALS linear predictor LP = Σ β·f(x), set '{set.Name}'; {Status}");
    }

    /// <summary>
    /// S(t) = 1/(1 + exp(s(ln t) + LP)) at <paramref name="monthsSinceOnset"/> &gt; 0 (unconditional).
    /// </summary>
    /// <param name="linearPredictor">LP.</param>
    /// <param name="monthsSinceOnset">t &gt; 0, months since symptom onset.</param>
    /// <param name="baseline">The baseline. Default <see cref="EncalsBaseline.PublicCode"/>.</param>
    public static double Survival(double linearPredictor, double monthsSinceOnset, EncalsBaseline? baseline = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(monthsSinceOnset);
        baseline ??= EncalsBaseline.PublicCode;
        return 1 / (1 + Math.Exp(baseline.Spline(Math.Log(monthsSinceOnset)) + linearPredictor));
    }

    /// <summary>The predicted curve, median and quantiles, optionally conditional on being event-free at t0.</summary>
    /// <param name="x">The predictors.</param>
    /// <param name="set">The coefficients; must have a baseline. Default <see cref="EncalsCoefficients.Encals2018"/>.</param>
    /// <param name="options">Times, levels and conditioning; default <see cref="EncalsPredictionOptions"/>.</param>
    public static EncalsPrediction Predict(EncalsPredictors x, EncalsCoefficients? set = null, EncalsPredictionOptions? options = null)
    {
        set ??= EncalsCoefficients.Encals2018;
        options ??= new EncalsPredictionOptions();
        var baseline = set.Baseline
            ?? throw new ArgumentException($"The set '{set.Name}' has no published baseline, so it gives an LP but no survival: use {EncalsCoefficients.Encals2018.Name}.", nameof(set));
        if (options.Times.Any(t => !(t > 0 && double.IsFinite(t))) || options.SurvivalLevels.Any(q => !(q > 0 && q < 1)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Times must be finite and > 0; survival levels strictly between 0 and 1.");
        }

        var t0 = options.EventFreeAtMonths;
        if (t0 is { } c && !(c > 0 && double.IsFinite(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), c, "EventFreeAtMonths must be finite and > 0.");
        }

        var lp = LinearPredictor(x, set);
        var s0 = t0 is { } a ? Survival(lp.Value, a, baseline) : 1.0;
        var curve = options.Times.Select(t => new SurvivalPoint(t, t0 is { } b && t <= b ? 1 : Survival(lp.Value, t, baseline) / s0)).ToList();
        var warnings = new List<string>();
        var quantiles = options.SurvivalLevels.Select(q => Quantile(lp.Value, q * s0, q, baseline)).ToList();
        var median = Quantile(lp.Value, 0.5 * s0, 0.5, baseline);
        foreach (var q in quantiles.Append(median).Where(q => q.MonthsSinceOnset is null).DistinctBy(q => q.SurvivalLevel))
        {
            warnings.Add($"Survival level {q.SurvivalLevel}: {q.NotEstimableReason}");
        }

        if (options.Times.Max() > 371)
        {
            warnings.Add("Times beyond ≈ 371 months (the last knot, e^5.917) are where the public code's uncubed spline term differs from this implementation.");
        }

        var method = $"ENCALS proportional-odds Royston–Parmar model, S(t) = 1/(1 + exp(s(ln t) + LP)), t = months since onset (inferred origin), "
            + $"restricted cubic spline baseline; {(t0 is { } e ? $"conditional on event-free at {e.ToString("0.##", CultureInfo.InvariantCulture)} months: S(t)/S(t0)" : "unconditional")}; "
            + $"quantiles by bisection on ln t in [{EncalsBaseline.MinLogTime}, {EncalsBaseline.MaxLogTime}]; {Status}";
        return new EncalsPrediction(lp, t0, curve, quantiles, median.MonthsSinceOnset, warnings, method);
    }

    /// <summary>The time t with unconditional S(t) = <paramref name="survival"/>: s(ln t) = ln((1 − S)/S) − LP.</summary>
    private static PredictedQuantile Quantile(double lp, double survival, double level, EncalsBaseline baseline)
    {
        var target = Math.Log((1 - survival) / survival) - lp;
        double lo = EncalsBaseline.MinLogTime, hi = EncalsBaseline.MaxLogTime;
        if (target < baseline.Spline(lo) || target > baseline.Spline(hi))
        {
            return new PredictedQuantile(level, null, $"the time lies outside the model's range (e^{lo} to e^{hi} ≈ 0.14 to 1097 months since onset).");
        }

        for (var i = 0; i < 200 && hi - lo > 1e-13; i++)
        {
            var mid = (lo + hi) / 2;
            if (baseline.Spline(mid) < target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return new PredictedQuantile(level, Math.Exp((lo + hi) / 2), null);
    }

    private static LinearPredictorTerm Term(string name, double value, string transform, double transformed, double beta) =>
        new(name, value, transform, transformed, beta, beta * transformed);

    private static void Positive(double value, string name)
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and > 0.");
        }
    }
}
