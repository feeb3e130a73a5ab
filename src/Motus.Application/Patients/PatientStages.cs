using Microsoft.EntityFrameworkCore;
using Motus.Analysis.Staging;
using Motus.Data;
using Motus.Domain.Assessments;
using Motus.Domain.Common;
using Motus.Domain.Events;

namespace Motus.Application.Patients;

/// <summary>
/// The King's stage shown and filtered in the patient list: the stage at the patient's latest ALSFRS-R rating, by
/// <see cref="KingsStaging.FromAlsfrs"/> (Balendra 2014 mapping, stage 0 not recoded), with the first gastrostomy event
/// and the death date. It is the stage on that rating's date, not today's: a death after the last rating does not make
/// it 5 (filter by status for that). <see cref="StageLabels.NotDetermined"/> when the patient has no ALSFRS-R rating or a
/// missing item could change the stage.
/// </summary>
public static class PatientStages
{
    /// <summary>Every filter value, in the order shown.</summary>
    public static IReadOnlyList<string> All { get; } = ["0", "1", "2", "3", "4A", "4B", "5", StageLabels.NotDetermined];

    /// <summary>What the stage column and filter mean, for the UI and the API description.</summary>
    public const string Description = "King's stage at the latest ALSFRS-R rating (Balendra 2014 mapping; see docs/methods/staging.md)";

    /// <summary>The stage label of each patient in <paramref name="ids"/> (every id is in the result).</summary>
    public static async Task<Dictionary<PatientId, string>> AtLatestRatingAsync(MotusDbContext db, IReadOnlyList<PatientId> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var result = ids.Distinct().ToDictionary(id => id, _ => StageLabels.NotDetermined);
        foreach (var chunk in ids.Distinct().Chunk(1000))
        {
            var batch = chunk.ToList();
            var ratings = await db.Alsfrs.AsNoTracking()
                .Where(a => batch.Contains(a.PatientId) && a.Details.Scale == AlsfrsScale.AlsfrsR
                    && a.Details.Date == db.Alsfrs.Where(b => b.PatientId == a.PatientId && b.Details.Scale == AlsfrsScale.AlsfrsR).Max(b => b.Details.Date))
                .ToListAsync(ct);
            var events = (await db.Events.AsNoTracking()
                .Where(e => batch.Contains(e.PatientId) && (e.Details.Kind == ClinicalEventKind.Gastrostomy || e.Details.Kind == ClinicalEventKind.Death))
                .Select(e => new { e.PatientId, e.Details.Kind, e.Details.Date }).ToListAsync(ct))
                .ToLookup(e => (e.PatientId, e.Kind), e => e.Date);
            // Two ratings on the same latest date: the one saved last (largest id, time-ordered) counts.
            foreach (var rating in ratings.GroupBy(r => r.PatientId).Select(g => g.MaxBy(r => r.Id)!))
            {
                DateOnly? First(ClinicalEventKind kind) => events[(rating.PatientId, kind)].Select(d => (DateOnly?)d).Min();
                var stage = KingsStaging.FromAlsfrs(rating.Details, First(ClinicalEventKind.Gastrostomy), First(ClinicalEventKind.Death));
                result[rating.PatientId] = stage.Label ?? StageLabels.NotDetermined;
            }
        }

        return result;
    }
}
