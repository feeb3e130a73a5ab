using Motus.Analysis.Common;
using Motus.Domain.Records;

namespace Motus.Analysis.Progression;

/// <summary>
/// Lead-in (pre) slope versus post slope around an administration, the within-patient comparison of most cell-therapy
/// studies. It has known biases without a control (regression to the mean, shared baseline, non-linear decline, dropout;
/// trial-methods §3.2): report it with a natural-history null (see Motus.Analysis.Responders). See docs/methods/progression.md.
/// </summary>
public static class PrePostSlopes
{
    /// <summary>
    /// Compares the slopes around the patient's administration with dose number <paramref name="doseNumber"/> (the
    /// earliest current one when several carry that number). Returns null when the patient has no current administration
    /// with that dose number.
    /// </summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="doseNumber">Dose number of the administration to pivot on. Default 1 (the first dose).</param>
    /// <param name="options">Windows and choices; default <see cref="PrePostOptions"/>.</param>
    public static PrePostComparison? CompareAtDose(PatientRecord record, int doseNumber = 1, PrePostOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(doseNumber, 1);
        var administration = PatientData.Administrations(record).FirstOrDefault(a => a.DoseNumber == doseNumber);
        return administration is null ? null : Compare(record, administration.Date, doseNumber, options);
    }

    /// <summary>Compares the slopes around <paramref name="pivot"/> (time 0).</summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="pivot">The administration date (or any date to compare around).</param>
    /// <param name="options">Windows and choices; default <see cref="PrePostOptions"/>.</param>
    public static PrePostComparison Compare(PatientRecord record, DateOnly pivot, PrePostOptions? options = null) =>
        Compare(record, pivot, null, options);

    private static PrePostComparison Compare(PatientRecord record, DateOnly pivot, int? doseNumber, PrePostOptions? options)
    {
        options ??= new PrePostOptions();
        options.Validate();
        var leadIn = new DateWindow(pivot.AddDays(-options.LeadInDays), pivot);
        var post = new DateWindow(pivot, pivot.AddDays(options.PostDays));
        var (visits, selectionWarnings) = ProgressionSlope.Select(record, new DateWindow(leadIn.From, post.To), options.Scale);
        var warnings = new List<string>(selectionWarnings);
        var baseline = visits.Where(v => v.Date <= pivot && v.Date >= pivot.AddDays(-options.BaselineToleranceDays)).Select(v => (DateOnly?)v.Date).LastOrDefault();
        if (baseline is null)
        {
            warnings.Add($"No rating within {options.BaselineToleranceDays} days before the administration ({pivot:yyyy-MM-dd}): the slopes share no baseline visit.");
        }

        var shared = baseline is not null && options.Baseline == BaselineVisitHandling.Shared;
        var prePoints = visits.Where(v => v.Date <= pivot).ToList();
        var postPoints = visits.Where(v => v.Date > pivot || (shared && v.Date == baseline)).ToList();
        var preSlope = FitPeriod(prePoints, leadIn, pivot);
        var postSlope = FitPeriod(postPoints, post, pivot);

        double? difference = preSlope.Slope is { } a && postSlope.Slope is { } b ? b - a : null;
        var (se, covariance, sd) = difference is null ? (null, null, null) : DifferenceError(preSlope, postSlope, shared ? baseline : null, pivot);
        double? relative = difference is { } d && preSlope.Slope is < 0 ? d / Math.Abs(preSlope.Slope.Value) : null;
        if (difference is not null && se is null)
        {
            warnings.Add("Two points in each period: no residual degrees of freedom, so the difference has no standard error.");
        }

        var method = $"Pre/post OLS slopes of the {options.Scale} total around {pivot:yyyy-MM-dd} (time 0), points/month, month = {TimeUnits.DaysPerMonth} days; "
            + $"lead-in {options.LeadInDays} days, post {options.PostDays} days, baseline visit = last rating within {options.BaselineToleranceDays} days before, "
            + $"{(options.Baseline == BaselineVisitHandling.Shared ? "shared by both slopes" : "in the lead-in slope only")}; "
            + "SE of the difference from the pooled residual variance with the shared-visit covariance";
        return new PrePostComparison(record.Patient.Code, pivot, doseNumber, baseline, options.Baseline, leadIn, post, preSlope, postSlope,
            difference, se, covariance, sd, relative, warnings, method);
    }

    private static SlopeEstimate FitPeriod(List<(DateOnly Date, int Total)> visits, DateWindow window, DateOnly pivot)
    {
        var points = visits.Select(v => new SlopePoint(v.Date, TimeUnits.MonthsBetween(pivot, v.Date), v.Total, false)).ToList();
        var method = $"OLS slope, points/month, month = {TimeUnits.DaysPerMonth} days, time 0 = {pivot:yyyy-MM-dd}; R: lm(total ~ months)";
        return ProgressionSlope.FitPoints(points, window.ToString(), pivot, [], method);
    }

    // Var(post − pre) = σ̂²(1/Stt_pre + 1/Stt_post − 2·w_pre(b)·w_post(b)), σ̂² pooled over both periods.
    private static (double? Se, double? Covariance, double? Sd) DifferenceError(SlopeEstimate pre, SlopeEstimate post, DateOnly? shared, DateOnly pivot)
    {
        var (sttPre, rssPre, wPre) = Sums(pre, shared, pivot);
        var (sttPost, rssPost, wPost) = Sums(post, shared, pivot);
        var df = pre.PointCount - 2 + post.PointCount - 2;
        if (df <= 0)
        {
            return (null, shared is null ? 0 : null, null);
        }

        var sigma2 = (rssPre + rssPost) / df;
        var covariance = sigma2 * wPre * wPost;
        var variance = (sigma2 * ((1 / sttPre) + (1 / sttPost))) - (2 * covariance);
        return (Math.Sqrt(variance), covariance, Math.Sqrt(sigma2));
    }

    private static (double Stt, double Rss, double SharedWeight) Sums(SlopeEstimate s, DateOnly? shared, DateOnly pivot)
    {
        var tbar = s.Points.Average(p => p.Months);
        var stt = s.Points.Sum(p => (p.Months - tbar) * (p.Months - tbar));
        var rss = s.Points.Sum(p => Math.Pow(p.Total - s.Intercept!.Value - (s.Slope!.Value * p.Months), 2));
        var weight = shared is { } b ? (TimeUnits.MonthsBetween(pivot, b) - tbar) / stt : 0;
        return (stt, rss, weight);
    }
}
