using System.Globalization;
using Motus.Analysis.Common;
using Motus.Domain.Events;
using Motus.Domain.Records;

namespace Motus.Analysis.Staging;

/// <summary>
/// King's and MiToS stages over a patient's course (current ratings only; soft-deleted records ignored), and the time
/// spent in each. See <see cref="StagingTimelineResult"/> for the time rule and docs/methods/staging.md.
/// </summary>
public static class StagingTimeline
{
    /// <summary>Stages every current rating and the death, and sums the time in each stage.</summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="options">Choices; default <see cref="StagingOptions"/>.</param>
    public static StagingTimelineResult Build(PatientRecord record, StagingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        options ??= new StagingOptions();
        var death = PatientData.DeathDate(record);
        var gastrostomy = PatientData.FirstEvent(record, ClinicalEventKind.Gastrostomy);
        var warnings = new List<string>();
        var ratings = PatientData.Alsfrs(record);
        var afterDeath = ratings.Count(r => death is { } d && r.Date > d);
        if (afterDeath > 0)
        {
            warnings.Add($"{afterDeath} rating(s) after the death date left out (rule XR-01 is broken in this record).");
        }

        var points = ratings.Where(r => death is not { } d || r.Date <= d)
            .Select(r => new StagePoint(r.Date, KingsStaging.FromAlsfrs(r, gastrostomy, death, options), MitosStaging.FromAlsfrs(r, death), false))
            .ToList();
        if (death is { } died)
        {
            points.Add(new StagePoint(died,
                new KingsStageResult(died, KingsStage.Stage5, "5", null, null, null, null, null, false, null, KingsStaging.MethodText),
                new MitosStageResult(died, 5, null, null, null, null, null, MitosStaging.MethodText), true));
        }

        var kings = points.Select(p => (p.Date, p.Kings.Label, Rank: Rank(p.Kings.Stage))).ToList();
        var mitos = points.Select(p => (p.Date, Label: p.Mitos.Stage?.ToString(CultureInfo.InvariantCulture), Rank: p.Mitos.Stage)).ToList();
        Regressions("King's", kings, warnings);
        Regressions("MiToS", mitos, warnings);
        var undetermined = points.Count(p => p.Kings.Stage is null || p.Mitos.Stage is null);
        if (undetermined > 0)
        {
            warnings.Add($"{undetermined} rating(s) with a stage not determined (see each point's reason); their time is counted as '{StageLabels.NotDetermined}'.");
        }

        DateOnly? open = points.Count > 0 && !points[^1].IsDeath ? points[^1].Date : null;
        var method = $"{KingsStaging.MethodText}{(options.RecodeStageZeroToOne ? " (stage 0 recoded to 1)" : "")}. {MitosStaging.MethodText}. "
            + $"A stage holds from its rating to the next rating or death; time after the last rating is not counted; month = {TimeUnits.DaysPerMonth} days";
        return new StagingTimelineResult(record.Patient.Code, points, Durations(kings), Durations(mitos), open, warnings, method);
    }

    // 4A and 4B are both stage 4: moving between them is not a regression.
    private static int? Rank(KingsStage? stage) => stage switch
    {
        null => null,
        KingsStage.Stage4A or KingsStage.Stage4B => 4,
        KingsStage.Stage5 => 5,
        { } s => (int)s,
    };

    private static List<StageDuration> Durations(List<(DateOnly Date, string? Label, int? Rank)> points)
    {
        var order = new List<string>();
        var days = new Dictionary<string, int>();
        var first = new Dictionary<string, DateOnly>();
        for (var i = 0; i < points.Count; i++)
        {
            var label = points[i].Label ?? StageLabels.NotDetermined;
            if (!days.ContainsKey(label))
            {
                order.Add(label);
                days[label] = 0;
                first[label] = points[i].Date;
            }

            if (i + 1 < points.Count)
            {
                days[label] += points[i + 1].Date.DayNumber - points[i].Date.DayNumber;
            }
        }

        return order.Select(l => new StageDuration(l, days[l], days[l] / TimeUnits.DaysPerMonth, first[l])).ToList();
    }

    private static void Regressions(string system, List<(DateOnly Date, string? Label, int? Rank)> points, List<string> warnings)
    {
        (DateOnly Date, string? Label, int? Rank)? last = null;
        foreach (var p in points.Where(p => p.Rank is not null))
        {
            if (last is { } l && p.Rank < l.Rank)
            {
                warnings.Add($"{system} stage went down from {l.Label} ({l.Date:yyyy-MM-dd}) to {p.Label} ({p.Date:yyyy-MM-dd}): ALSFRS-R-estimated stages can fluctuate.");
            }

            last = p;
        }
    }
}
