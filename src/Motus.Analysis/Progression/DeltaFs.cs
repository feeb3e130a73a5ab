using Motus.Analysis.Common;
using Motus.Domain.Assessments;
using Motus.Domain.Patients;
using Motus.Domain.Records;

namespace Motus.Analysis.Progression;

/// <summary>
/// ΔFS, the progression rate from symptom onset: <c>ΔFS = (48 − ALSFRS-R total) / months(onset → rating)</c>, points per
/// month, positive for decline (Kimura et al. 2006, PMID 16434671; ENCALS practice, code: rpavaneijk/Precision-ALS).
/// Months = days / 30.4375. A rating on or before the onset date is not estimable (the reference requires onset &lt; t);
/// a full score gives 0. See docs/methods/progression.md.
/// </summary>
public static class DeltaFs
{
    /// <summary>
    /// ΔFS from numbers. Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="total"/> lies outside the
    /// scale's range (0–48 or 0–40): that is a broken contract, not data to report.
    /// </summary>
    /// <param name="onset">Symptom onset date.</param>
    /// <param name="date">Date of the rating.</param>
    /// <param name="total">Total score of the rating.</param>
    /// <param name="scale">Scale of the rating. Default ALSFRS-R.</param>
    /// <param name="originalScale">What to do with an original-ALSFRS rating. Default <see cref="OriginalAlsfrsHandling.Refuse"/>.</param>
    public static DeltaFsResult Compute(DateOnly onset, DateOnly date, int total, AlsfrsScale scale = AlsfrsScale.AlsfrsR,
        OriginalAlsfrsHandling originalScale = OriginalAlsfrsHandling.Refuse)
    {
        var maximum = scale == AlsfrsScale.Alsfrs ? 40 : 48;
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(total, maximum);
        return Core(onset, date, total, scale, originalScale);
    }

    /// <summary>ΔFS at one rating of <paramref name="patient"/>, using the patient's onset date.</summary>
    /// <param name="patient">The patient (for the onset date).</param>
    /// <param name="rating">The rating.</param>
    /// <param name="originalScale">What to do with an original-ALSFRS rating. Default <see cref="OriginalAlsfrsHandling.Refuse"/>.</param>
    public static DeltaFsResult AtRating(Patient patient, AlsfrsDetails rating, OriginalAlsfrsHandling originalScale = OriginalAlsfrsHandling.Refuse) =>
        Core(patient.OnsetDate, rating.Date, rating.Total, rating.Scale, originalScale);

    /// <summary>ΔFS at every current (not deleted) rating of the patient, in date order.</summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="originalScale">What to do with original-ALSFRS ratings. Default <see cref="OriginalAlsfrsHandling.Refuse"/>.</param>
    public static IReadOnlyList<DeltaFsResult> AtEveryRating(PatientRecord record, OriginalAlsfrsHandling originalScale = OriginalAlsfrsHandling.Refuse) =>
        PatientData.Alsfrs(record).Select(r => AtRating(record.Patient, r, originalScale)).ToList();

    private static DeltaFsResult Core(DateOnly? onset, DateOnly date, int? total, AlsfrsScale scale, OriginalAlsfrsHandling originalScale)
    {
        var original = scale == AlsfrsScale.Alsfrs;
        var maximum = original ? 40 : 48;
        var method = original
            ? $"ΔFS = (40 − ALSFRS total) / months since onset, original 40-point scale (own maximum; not comparable with ALSFRS-R), month = {TimeUnits.DaysPerMonth} days"
            : $"ΔFS = (48 − ALSFRS-R total) / months since onset, points/month (positive = decline), month = {TimeUnits.DaysPerMonth} days";
        double? months = onset is { } o ? TimeUnits.MonthsBetween(o, date) : null;
        DeltaFsResult Fail(string reason) => new(date, onset, scale, total, maximum, months, null, reason, [], method);

        if (original && originalScale == OriginalAlsfrsHandling.Refuse)
        {
            return Fail("The rating is on the original 40-point ALSFRS; ΔFS is defined on ALSFRS-R (48 points) and the scales cannot be converted exactly. Pass OriginalAlsfrsHandling.OwnMaximum to use (40 − total).");
        }

        if (onset is not { } onsetDate)
        {
            return Fail("The patient has no symptom onset date.");
        }

        if (total is not { } score)
        {
            return Fail($"The rating of {date:yyyy-MM-dd} has no total (items incomplete and no recorded total).");
        }

        if (date <= onsetDate)
        {
            return Fail($"The rating ({date:yyyy-MM-dd}) is not after symptom onset ({onsetDate:yyyy-MM-dd}): months since onset must be positive.");
        }

        IReadOnlyList<string> warnings = original ? ["Original ALSFRS: ΔFS is in 40-point-scale units per month, not comparable with ALSFRS-R ΔFS."] : [];
        return new(date, onset, scale, score, maximum, months, (maximum - score) / months!.Value, null, warnings, method);
    }
}
