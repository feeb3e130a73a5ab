using System.Globalization;
using Motus.Domain.Events;

namespace Motus.Analysis.Endpoints;

/// <summary>
/// Finds the first run of sustained NIV in a patient's NIV-usage intervals. Each interval [Date, EndDate] (both days
/// included) has one hours-per-day value. A calendar day qualifies when a qualifying interval covers it and no
/// non-qualifying interval does; intervals that touch or overlap chain into one run, and a day not covered by any
/// qualifying interval (a gap in the records) breaks it. Days covered by both a qualifying and a non-qualifying
/// interval contradict each other: they are treated as not qualifying (the event is not claimed on contradictory
/// data) and a note names them.
/// </summary>
internal static class SustainedNiv
{
    public static NivRun Find(IEnumerable<ClinicalEvent> events, CompositeEndpointDefinition definition)
    {
        var notes = new List<string>();
        var qualifying = new List<(DateOnly From, DateOnly To)>();
        var other = new List<(DateOnly From, DateOnly To)>();
        foreach (var e in events)
        {
            var d = e.Details;
            if (e.IsDeleted || d.Kind != ClinicalEventKind.NivUsage)
            {
                continue;
            }

            if (d.EndDate is not { } end || d.HoursPerDay is not { } hours || end < d.Date)
            {
                notes.Add($"NIV usage record from {Day(d.Date)} has no valid end date or hours per day and was ignored.");
                continue;
            }

            (definition.Qualifies(hours) ? qualifying : other).Add((d.Date, end));
        }

        if (qualifying.Count == 0)
        {
            return new NivRun(null, 0, notes);
        }

        var start = qualifying.Min(x => x.From);
        var span = qualifying.Max(x => x.To).DayNumber - start.DayNumber + 1;
        var covered = new bool[span];
        var contradicted = new bool[span];
        foreach (var (from, to) in qualifying)
        {
            Array.Fill(covered, true, from.DayNumber - start.DayNumber, to.DayNumber - from.DayNumber + 1);
        }

        foreach (var (from, to) in other)
        {
            var a = Math.Max(from.DayNumber - start.DayNumber, 0);
            var b = Math.Min(to.DayNumber - start.DayNumber, span - 1);
            for (var i = a; i <= b; i++)
            {
                contradicted[i] |= covered[i];
            }
        }

        var conflicts = contradicted.Count(c => c);
        if (conflicts > 0)
        {
            var first = start.AddDays(Array.IndexOf(contradicted, true));
            var last = start.AddDays(Array.LastIndexOf(contradicted, true));
            notes.Add($"{conflicts} day(s) between {Day(first)} and {Day(last)} are covered by NIV records both meeting and not meeting the threshold; they were treated as not qualifying.");
        }

        var need = definition.NivMinimumConsecutiveDays;
        int run = 0, longest = 0;
        for (var i = 0; i < span; i++)
        {
            run = covered[i] && !contradicted[i] ? run + 1 : 0;
            longest = Math.Max(longest, run);
            if (run == need)
            {
                var runStart = start.AddDays(i - need + 1);
                var date = definition.NivEventDate == NivEventDateRule.FirstDayOfRun ? runStart : start.AddDays(i);
                return new NivRun(date, need, notes);
            }
        }

        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"Qualifying NIV use was recorded, but the longest run of consecutive qualifying days is {longest} (needed {need}): no sustained-NIV event."));
        return new NivRun(null, longest, notes);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
