using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Interop.Proact;

namespace Motus.Application.Export;

/// <summary>What to export.</summary>
/// <param name="Directory">Folder to write the PRO-ACT forms into (created when missing).</param>
/// <param name="ProtocolId">Study to export.</param>
/// <param name="AnchorDate">Day 0 for the delta columns; defaults to the study's own anchor when it is date-shifted.</param>
public sealed record ExportProactRequest(string Directory, string ProtocolId, DateOnly? AnchorDate = null);

/// <summary>What was written.</summary>
/// <param name="Patients">Patients written.</param>
/// <param name="AnchorDate">Day 0 used.</param>
/// <param name="Files">Files written.</param>
public sealed record ExportProactResult(int Patients, DateOnly AnchorDate, IReadOnlyList<string> Files);

/// <summary>Exports a study's current (not deleted) data as PRO-ACT CSV forms.</summary>
public sealed class ExportProact(MotusDatabase database)
{
    /// <summary>Runs the export.</summary>
    public async Task<ExportProactResult> RunAsync(ExportProactRequest request, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var study = await PatientRecords.FindStudyAsync(db, request.ProtocolId, ct)
            ?? throw new MotusException(ExitCategory.Usage, $"No study with protocol id {request.ProtocolId}.");
        var anchor = request.AnchorDate ?? study.DateShiftAnchor
            ?? throw new MotusException(ExitCategory.Usage, $"Study {study.ProtocolId} holds real dates; give --anchor-date to turn them into PRO-ACT day counts.");
        var patients = await PatientRecords.LoadAsync(db, db.Patients.Where(p => p.StudyId == study.Id), ct: ct);
        System.IO.Directory.CreateDirectory(request.Directory);
        ProactWriter.Write(request.Directory, study, patients, anchor);
        var files = System.IO.Directory.GetFiles(request.Directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return new ExportProactResult(patients.Count, anchor, files);
    }
}
