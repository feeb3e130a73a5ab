using Motus.Domain.Assessments;

namespace Motus.Analysis.Progression;

/// <summary>
/// ΔFS (the "pre-slope" or progression rate) at one rating: (maximum − total) / months since symptom onset, in points per
/// month, positive for decline. Null <see cref="Value"/> means not estimable; <see cref="NotEstimableReason"/> says why.
/// </summary>
/// <param name="Date">Date of the rating.</param>
/// <param name="OnsetDate">Symptom onset date; null when not recorded.</param>
/// <param name="Scale">Scale of the rating.</param>
/// <param name="Total">The total used (computed from the items, else the recorded total); null when unknown.</param>
/// <param name="ScaleMaximum">The maximum the total is subtracted from: 48 (ALSFRS-R) or 40 (original ALSFRS with <see cref="OriginalAlsfrsHandling.OwnMaximum"/>).</param>
/// <param name="MonthsSinceOnset">(date − onset) in days / 30.4375; null without an onset date.</param>
/// <param name="Value">ΔFS in points per month (0 for a full score); null when not estimable.</param>
/// <param name="NotEstimableReason">Why <see cref="Value"/> is null; null when estimable.</param>
/// <param name="Warnings">Caveats of an estimable value (e.g. original-scale units).</param>
/// <param name="Method">The formula and its choices.</param>
public sealed record DeltaFsResult(
    DateOnly Date,
    DateOnly? OnsetDate,
    AlsfrsScale Scale,
    int? Total,
    int ScaleMaximum,
    double? MonthsSinceOnset,
    double? Value,
    string? NotEstimableReason,
    IReadOnlyList<string> Warnings,
    string Method)
{
    /// <summary>True when <see cref="Value"/> is given.</summary>
    public bool Estimable => Value.HasValue;
}
