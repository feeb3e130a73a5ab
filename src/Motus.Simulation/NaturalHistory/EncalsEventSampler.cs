using Motus.Analysis.Prognosis;

namespace Motus.Simulation.NaturalHistory;

/// <summary>
/// Draws the time of the ENCALS composite event from the 8-predictor model (Westeneng 2018; coefficients and baseline from
/// public code, not checked against the supplement, als-methods §4.2): S(t) = 1/(1 + exp(s(ln t) + LP)), t in months since
/// onset, conditional on being event-free at the time of enrolment, with an optional hazard ratio from a given time.
/// </summary>
internal static class EncalsEventSampler
{
    private static readonly EncalsCoefficients Set = EncalsCoefficients.Encals2018;
    private static readonly EncalsBaseline Baseline = EncalsCoefficients.Encals2018.Baseline!;

    /// <summary>LP = Σ β·f(x) with the ENCALS transforms (allocation-free twin of <see cref="EncalsModel.LinearPredictor"/>).</summary>
    public static double LinearPredictor(double deltaFs, double delayMonths, double ageAtOnset, double vcPercent, bool bulbar, bool definite, bool ftd, bool c9)
    {
        var d = delayMonths / 10;
        var v = vcPercent / 100;
        var a = ageAtOnset / 100;
        return (Set.DeltaFs * Math.Pow(deltaFs + 0.1, -0.5))
            + (Set.DiagnosticDelay * (Math.Pow(d, -0.5) + Math.Log(d)))
            + (Set.AgeAtOnset / (a * a))
            + (Set.VitalCapacity * ((1 / v) + Math.Pow(v, -0.5)))
            + (bulbar ? Set.BulbarOnset : 0)
            + (definite ? Set.DefiniteAls : 0)
            + (ftd ? Set.Ftd : 0)
            + (c9 ? Set.C9orf72!.Value : 0);
    }

    /// <summary>Survival S(t | LP) at <paramref name="months"/> since onset.</summary>
    public static double Survival(double lp, double months) => 1 / (1 + Math.Exp(Baseline.Spline(Math.Log(months)) + lp));

    /// <summary>
    /// The event time (months since onset) for uniform <paramref name="u"/> in (0, 1), conditional on no event before
    /// <paramref name="entryMonths"/>; with <paramref name="hazardRatio"/> ≠ 1 the cumulative hazard after
    /// <paramref name="effectStartMonths"/> is multiplied by the ratio (the same uniform gives the untreated time when it is 1).
    /// </summary>
    public static double Draw(double lp, double entryMonths, double u, double effectStartMonths, double hazardRatio)
    {
        var sEntry = Survival(lp, entryMonths);
        var s = u * sEntry; // S(T) is uniform on (0, S(entry))
        if (hazardRatio != 1)
        {
            var start = Math.Max(entryMonths, effectStartMonths);
            var sStart = Survival(lp, start);
            if (s < sStart)
            {
                // The same exponential draw E = H(T) − H(start) is used up at rate HR after the start:
                // HR·(H(T') − H(start)) = E  ⇔  S(T') = S(start)·(S(T)/S(start))^(1/HR)
                s = sStart * Math.Pow(s / sStart, 1 / hazardRatio);
            }
        }

        // S = 1/(1 + exp(s(x) + LP))  ⇔  s(x) = ln(1/S − 1) − LP; s is increasing on [−2, 7].
        var target = Math.Log((1 / s) - 1) - lp;
        var lo = EncalsBaseline.MinLogTime;
        var hi = EncalsBaseline.MaxLogTime;
        if (Baseline.Spline(hi) <= target)
        {
            return Math.Exp(hi);
        }

        for (var i = 0; i < 50; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Baseline.Spline(mid) < target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Max(Math.Exp(0.5 * (lo + hi)), entryMonths + (1 / SimulatedPatient.DaysPerMonth));
    }
}
