using Motus.Domain.Assessments;
using Motus.Domain.Records;

namespace Motus.Analysis.Cohort;

/// <summary>
/// The ALSFRS-R totals an analysis uses: current (not deleted) ratings on the ALSFRS-R scale with a total (the item sum
/// when complete, else the recorded total), sorted by date. Original-ALSFRS ratings (maximum 40) are left out: the
/// two scales do not share a total.
/// </summary>
public static class AlsfrsRatings
{
    /// <summary>The usable ALSFRS-R ratings of a patient as (date, total), sorted by date (stable for equal dates).</summary>
    /// <param name="record">The patient and records.</param>
    public static IReadOnlyList<(DateOnly Date, int Total)> Of(PatientRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Alsfrs
            .Where(a => !a.IsDeleted && a.Details.Scale == AlsfrsScale.AlsfrsR && a.Details.Total is not null)
            .Select(a => (a.Details.Date, a.Details.Total!.Value))
            .OrderBy(x => x.Date)
            .ToList();
    }

    /// <summary>The baseline rating: the usable rating in <paramref name="window"/> around <paramref name="origin"/> closest to it (the earlier of two equally close); null when none.</summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="origin">The origin date.</param>
    /// <param name="window">The allowed window.</param>
    public static (DateOnly Date, int Total)? Baseline(PatientRecord record, DateOnly origin, BaselineWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        window.Validate();
        (DateOnly Date, int Total)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var r in Of(record))
        {
            var d = r.Date.DayNumber - origin.DayNumber;
            if (d < -window.DaysBefore || d > window.DaysAfter)
            {
                continue;
            }

            if (Math.Abs(d) < bestDistance)
            {
                best = r;
                bestDistance = Math.Abs(d);
            }
        }

        return best;
    }
}
