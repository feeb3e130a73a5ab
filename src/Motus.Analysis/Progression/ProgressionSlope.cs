using Motus.Analysis.Common;
using Motus.Domain.Assessments;
using Motus.Domain.Records;
using Motus.Statistics.Regression;

namespace Motus.Analysis.Progression;

/// <summary>
/// Per-patient ordinary least-squares slopes of the ALSFRS-R total on time (months = days / 30.4375), computed by
/// <see cref="GroupSlopes"/> (R: <c>lm(total ~ months)</c>). Only current (not deleted) ratings of one scale are used;
/// ratings without a total or on the other scale are left out with a warning. See docs/methods/progression.md.
/// </summary>
public static class ProgressionSlope
{
    /// <summary>
    /// The OLS slope over the visits in <paramref name="window"/>. Time 0 is the first visit in the window, so the
    /// intercept is the fitted total there.
    /// </summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="window">Visits dated in this window (ends included) are used; <see cref="DateWindow.All"/> for every visit.</param>
    /// <param name="scale">Scale whose ratings are used. Default ALSFRS-R; slopes are never computed across scales.</param>
    public static SlopeEstimate Fit(PatientRecord record, DateWindow window, AlsfrsScale scale = AlsfrsScale.AlsfrsR)
    {
        var (visits, warnings) = Select(record, window, scale);
        var origin = visits.Count > 0 ? visits[0].Date : window.From;
        var points = visits.Select(v => new SlopePoint(v.Date, TimeUnits.MonthsBetween(origin, v.Date), v.Total, false)).ToList();
        return FitPoints(points, window.ToString(), origin, warnings, MethodText(scale, anchored: false));
    }

    /// <summary>
    /// The onset-anchored slope: the visits in <paramref name="window"/> plus a pseudo-visit with the scale maximum (48)
    /// at the onset date (Karanevich et al. 2018, BMC Med Res Methodol). Time 0 is the onset date. The anchor is an
    /// observation, not a constraint: the fitted line need not pass through 48 at onset. Visits on or before onset are
    /// left out with a warning.
    /// </summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="window">Visits dated in this window (ends included) are used; the anchor is always added.</param>
    /// <param name="scale">Scale whose ratings are used (anchor 48 for ALSFRS-R, 40 for ALSFRS). Default ALSFRS-R.</param>
    public static SlopeEstimate FitOnsetAnchored(PatientRecord record, DateWindow window, AlsfrsScale scale = AlsfrsScale.AlsfrsR)
    {
        var method = MethodText(scale, anchored: true);
        if (record.Patient.OnsetDate is not { } onset)
        {
            return NotEstimable(window.ToString(), window.From, [], "The patient has no symptom onset date: the onset anchor cannot be placed.", [], method);
        }

        var (visits, warnings) = Select(record, window, scale);
        var early = visits.Count(v => v.Date <= onset);
        if (early > 0)
        {
            warnings.Add($"{early} visit(s) on or before the onset date ({onset:yyyy-MM-dd}) left out.");
        }

        var maximum = scale == AlsfrsScale.Alsfrs ? 40 : 48;
        var points = new List<SlopePoint> { new(onset, 0, maximum, true) };
        points.AddRange(visits.Where(v => v.Date > onset).Select(v => new SlopePoint(v.Date, TimeUnits.MonthsBetween(onset, v.Date), v.Total, false)));
        if (points.Count == 1)
        {
            return NotEstimable(window.ToString(), onset, points, $"No visit after onset in {window}: the anchor alone gives no slope.", warnings, method);
        }

        return FitPoints(points, window.ToString(), onset, warnings, method);
    }

    /// <summary>The visits of one scale in the window with a total, and warnings for the ones left out.</summary>
    internal static (List<(DateOnly Date, int Total)> Visits, List<string> Warnings) Select(PatientRecord record, DateWindow window, AlsfrsScale scale)
    {
        var warnings = new List<string>();
        var inWindow = PatientData.Alsfrs(record).Where(r => window.Contains(r.Date)).ToList();
        var otherScale = inWindow.Count(r => r.Scale != scale);
        if (otherScale > 0)
        {
            warnings.Add($"{otherScale} rating(s) on the other ALSFRS scale left out: slopes are computed within one scale ({Name(scale)}).");
        }

        var noTotal = inWindow.Count(r => r.Scale == scale && r.Total is null);
        if (noTotal > 0)
        {
            warnings.Add($"{noTotal} rating(s) without a total (items incomplete, no recorded total) left out.");
        }

        var visits = inWindow.Where(r => r.Scale == scale && r.Total is not null).Select(r => (r.Date, r.Total!.Value)).ToList();
        return (visits, warnings);
    }

    /// <summary>Fits the points (already in date order) with <see cref="GroupSlopes"/>.</summary>
    internal static SlopeEstimate FitPoints(List<SlopePoint> points, string window, DateOnly origin, List<string> warnings, string method)
    {
        if (points.Count == 0)
        {
            return NotEstimable(window, origin, points, $"No visit in {window}: a slope needs at least two visits at different dates.", warnings, method);
        }

        if (points.Count == 1)
        {
            return NotEstimable(window, origin, points, $"One visit in {window} ({points[0].Date:yyyy-MM-dd}): a slope needs at least two visits at different dates.", warnings, method);
        }

        var first = points[0].Date;
        var last = points[^1].Date;
        if (first == last)
        {
            return NotEstimable(window, origin, points, $"All {points.Count} visits in {window} are on {first:yyyy-MM-dd}: zero time span, no slope.", warnings, method);
        }

        var fit = GroupSlopes.Fit(new int[points.Count], points.Select(p => p.Months).ToArray(), points.Select(p => p.Total).ToArray()).Groups[0];
        if (fit.Status == SlopeStatus.TwoObservations)
        {
            warnings.Add("Two points: the slope is the line through both; its standard error is not estimable (0 residual degrees of freedom).");
        }

        var span = TimeUnits.MonthsBetween(first, last);
        return new SlopeEstimate(window, origin, fit.Slope, fit.StandardError, fit.Intercept, fit.ResidualSd, points.Count, span, first, last,
            points, null, warnings, method);
    }

    private static SlopeEstimate NotEstimable(string window, DateOnly origin, List<SlopePoint> points, string reason, List<string> warnings, string method) =>
        new(window, origin, null, null, null, null, points.Count, points.Count > 1 ? TimeUnits.MonthsBetween(points[0].Date, points[^1].Date) : 0,
            points.Count > 0 ? points[0].Date : null, points.Count > 0 ? points[^1].Date : null, points, reason, warnings, method);

    private static string MethodText(AlsfrsScale scale, bool anchored) =>
        $"OLS slope of the {Name(scale)} total on time, points/month (negative = decline), month = {TimeUnits.DaysPerMonth} days"
        + (anchored ? $", onset-anchored: pseudo-visit {(scale == AlsfrsScale.Alsfrs ? 40 : 48)} at onset (Karanevich 2018), time 0 = onset" : ", time 0 = first visit")
        + "; R: lm(total ~ months)";

    private static string Name(AlsfrsScale scale) => scale == AlsfrsScale.Alsfrs ? "ALSFRS" : "ALSFRS-R";
}
