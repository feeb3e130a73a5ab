using Microsoft.EntityFrameworkCore;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Data;
using Motus.Domain.Records;
using Motus.Domain.Studies;

namespace Motus.Application.Analyses;

/// <summary>
/// Loads the patients an analysis runs on: the study named by <see cref="AnalysisScope.ProtocolId"/> (or the only study
/// of the database), all its current patients or the one with <see cref="AnalysisScope.PatientCode"/>. Patients are read
/// in batches of <see cref="BatchSize"/> (each batch with <see cref="PatientRecords.LoadAsync"/>) so that a progress bar
/// can follow a large study.
/// </summary>
public static class StudyCohortLoader
{
    /// <summary>Patients per batch.</summary>
    public const int BatchSize = 500;

    /// <summary>Loads the cohort; usage errors (exit 1) for no study, several studies without --study, an unknown study or patient.</summary>
    /// <param name="database">The database.</param>
    /// <param name="scope">Study and patient.</param>
    /// <param name="progress">Receives the count after each batch; may be null.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<StudyCohort> LoadAsync(MotusDatabase database, AnalysisScope scope, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await database.OpenAsync(ct);
        var study = await ResolveStudyAsync(db, scope.ProtocolId, ct);
        var query = db.Patients.Where(p => p.StudyId == study.Id);
        if (scope.PatientCode is { } code)
        {
            query = query.Where(p => p.Code == code);
        }

        // Batches by code (unique within a study), as the importer does: a list of strings is a plain parameter on every provider.
        var codes = await query.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);
        if (codes.Count == 0 && scope.PatientCode is not null)
        {
            throw new MotusException(ExitCategory.Usage, $"No patient with code {scope.PatientCode} in study {study.ProtocolId}.");
        }

        var records = new List<PatientRecord>(codes.Count);
        progress?.Report(new CohortLoadProgress(0, codes.Count));
        foreach (var batch in codes.Chunk(BatchSize))
        {
            var batchCodes = batch.ToList();
            records.AddRange(await PatientRecords.LoadAsync(db, db.Patients.Where(p => p.StudyId == study.Id && batchCodes.Contains(p.Code)), ct: ct));
            progress?.Report(new CohortLoadProgress(records.Count, codes.Count));
        }

        return new StudyCohort(study.ProtocolId, study.Name, study.IsDateShifted, study.Arms.Select(a => a.Code).Order(StringComparer.OrdinalIgnoreCase).ToList(), records);
    }

    /// <summary>The study named <paramref name="protocolId"/>, or the only study of the database; usage errors otherwise.</summary>
    internal static async Task<Study> ResolveStudyAsync(MotusDbContext db, string? protocolId, CancellationToken ct)
    {
        if (protocolId is not null)
        {
            return await PatientRecords.FindStudyAsync(db, protocolId, ct) ?? throw new MotusException(ExitCategory.Usage,
                $"No study with protocol id {protocolId}. Studies: {await ListAsync(db, ct)}.");
        }

        var protocols = await db.Studies.OrderBy(s => s.ProtocolId).Select(s => s.ProtocolId).ToListAsync(ct);
        return protocols.Count switch
        {
            0 => throw new MotusException(ExitCategory.Usage, "The database holds no study yet: import one first (motus import proact DIR)."),
            1 => (await PatientRecords.FindStudyAsync(db, protocols[0], ct))!,
            _ => throw new MotusException(ExitCategory.Usage, $"The database holds {protocols.Count} studies ({string.Join(", ", protocols)}): choose one with --study PROTOCOL."),
        };
    }

    private static async Task<string> ListAsync(MotusDbContext db, CancellationToken ct)
    {
        var protocols = await db.Studies.OrderBy(s => s.ProtocolId).Select(s => s.ProtocolId).ToListAsync(ct);
        return protocols.Count == 0 ? "none yet (motus import proact DIR)" : string.Join(", ", protocols);
    }
}
