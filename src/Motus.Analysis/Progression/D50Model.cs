using Motus.Analysis.Common;
using Motus.Domain.Assessments;
using Motus.Domain.Records;

namespace Motus.Analysis.Progression;

/// <summary>
/// The D50 model of ALSFRS-R decline (Jena group: Prell, Steinbach, Grosskreutz; ENCALS 2017 abstract by Stubendorff
/// et al.): ALSFRS-R(t) = 48 / (1 + exp((t − D50)/dx)), t = months since symptom onset. The formula is confirmed in
/// public R code fitted with nls.multstart and in the abstract's words; it was not checked against a full paper
/// (als-methods §2.4). Fitted by nonlinear least squares (Levenberg–Marquardt on D50 and ln dx) from several starts:
/// the linearised fit ln(48/y − 1) = (t − D50)/dx and a fixed grid; the start with the lowest residual sum of squares
/// wins. R: <c>nls(y ~ 48/(1 + exp((t - D50)/dx)))</c>. See docs/methods/d50.md.
/// </summary>
public static class D50Model
{
    private static readonly double[] GridD50 = [6, 12, 24, 36, 60, 120];
    private static readonly double[] GridDx = [1, 3, 6, 12, 24];

    /// <summary>Fits the D50 model to the patient's current ALSFRS-R ratings after onset.</summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="options">Fit choices; default <see cref="D50Options"/>.</param>
    public static D50Fit Fit(PatientRecord record, D50Options? options = null)
    {
        options ??= new D50Options();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Tolerance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxD50Months);
        var method = $"D50 sigmoid ALSFRS-R = 48/(1 + exp((t − D50)/dx)), t = months since onset (month = {TimeUnits.DaysPerMonth} days), "
            + $"nonlinear least squares by Levenberg–Marquardt on (D50, ln dx), multi-start, tolerance {options.Tolerance:G3}; SEs as R summary.nls";
        if (record.Patient.OnsetDate is not { } onset)
        {
            return NotEstimable(0, "The patient has no symptom onset date: the D50 model runs on time since onset.", [], method);
        }

        var (visits, warnings) = ProgressionSlope.Select(record, options.Window, AlsfrsScale.AlsfrsR);
        var early = visits.Count(v => v.Date <= onset);
        if (early > 0)
        {
            warnings.Add($"{early} rating(s) on or before the onset date left out.");
        }

        visits = visits.Where(v => v.Date > onset).ToList();
        var t = visits.Select(v => TimeUnits.MonthsBetween(onset, v.Date)).ToArray();
        var y = visits.Select(v => (double)v.Total).ToArray();
        if (t.Distinct().Count() < 2)
        {
            return NotEstimable(t.Length, $"{t.Length} ALSFRS-R rating(s) after onset at {t.Distinct().Count()} date(s): the two-parameter sigmoid needs ratings on at least two dates.", warnings, method);
        }

        if (y.All(v => v >= SigmoidLeastSquares.Maximum))
        {
            return NotEstimable(t.Length, "Every rating is 48: no decline, so D50 is not finite.", warnings, method);
        }

        // Best valid start: converged, not on a plateau, D50 within bounds; else the lowest-RSS attempt explains the failure.
        SigmoidLeastSquares.Outcome? best = null;
        SigmoidLeastSquares.Outcome? failed = null;
        foreach (var (d50, dx) in Starts(t, y))
        {
            var fit = SigmoidLeastSquares.Fit(t, y, d50, dx, options.MaxIterations, options.Tolerance, options.MaxD50Months);
            var valid = fit.Converged && fit.D50 <= options.MaxD50Months && !SigmoidLeastSquares.IsFlat(t, fit.D50, fit.Dx);
            if (valid && (best is null || fit.Rss < best.Value.Rss))
            {
                best = fit;
            }
            else if (!valid && (failed is null || fit.Rss < failed.Value.Rss))
            {
                failed = fit;
            }
        }

        if (best is not { } b)
        {
            var f = failed!.Value;
            var why = !f.Converged ? $"Levenberg–Marquardt did not converge in {options.MaxIterations} iterations from any start (the fit runs off as D50 or dx grow without bound)"
                : f.D50 > options.MaxD50Months ? $"the fit runs off to D50 = {f.D50:F0} months (> {options.MaxD50Months:F0})"
                : "every start ends on a plateau where the sigmoid is flat over all ratings";
            return NotEstimable(t.Length, $"D50 not estimable: {why}; the ratings show no decline the sigmoid can place.", warnings, method, false, f.Iterations);
        }

        var se = SigmoidLeastSquares.StandardErrors(t, b.D50, b.Dx, b.Rss);
        if (t.Length == 2)
        {
            warnings.Add("Two ratings: the sigmoid passes through both exactly; standard errors are not estimable (0 residual degrees of freedom).");
        }
        else if (se is null)
        {
            warnings.Add("The fit is degenerate (singular JᵀJ): standard errors are not estimable.");
        }

        if (b.D50 < 0)
        {
            warnings.Add($"D50 = {b.D50:F1} months is before onset: the ratings are below 24 from the start; extrapolated.");
        }

        double? sd = t.Length > 2 ? Math.Sqrt(b.Rss / (t.Length - 2)) : null;
        var group = b.D50 < 20 ? D50Aggressiveness.High : b.D50 <= 40 ? D50Aggressiveness.Intermediate : D50Aggressiveness.Low;
        return new D50Fit(b.D50, se?.D50, b.Dx, se?.Dx, SigmoidLeastSquares.Maximum / (4 * b.Dx), group, sd, t.Length, true, b.Iterations,
            null, warnings, method);
    }

    private static IEnumerable<(double D50, double Dx)> Starts(double[] t, double[] y)
    {
        // Linearised start: z = ln(48/y − 1) = t/dx − D50/dx, with y kept inside (0.5, 47.5) so that z is finite.
        var z = y.Select(v => Math.Log((SigmoidLeastSquares.Maximum / Math.Clamp(v, 0.5, 47.5)) - 1)).ToArray();
        var tbar = t.Average();
        var zbar = z.Average();
        double stt = 0, stz = 0;
        for (var i = 0; i < t.Length; i++)
        {
            stt += (t[i] - tbar) * (t[i] - tbar);
            stz += (t[i] - tbar) * (z[i] - zbar);
        }

        var slope = stz / stt;
        if (slope > 1e-6)
        {
            var dx = 1 / slope;
            yield return (tbar - (zbar * dx), dx);
        }

        foreach (var d in GridD50)
        {
            foreach (var x in GridDx)
            {
                yield return (d, x);
            }
        }
    }

    private static D50Fit NotEstimable(int n, string reason, List<string> warnings, string method, bool converged = false, int iterations = 0) =>
        new(null, null, null, null, null, null, null, n, converged, iterations, reason, warnings, method);
}
