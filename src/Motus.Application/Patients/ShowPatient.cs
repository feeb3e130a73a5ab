using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Domain.Records;

namespace Motus.Application.Patients;

/// <summary>Loads one patient's whole record by code.</summary>
public sealed class ShowPatient(MotusDatabase database)
{
    /// <summary>
    /// The record of the patient with <paramref name="code"/>; when the code exists in several studies, <paramref name="protocolId"/> picks one.
    /// A patient outside <paramref name="access"/> is reported as not found, so that its existence does not leak.
    /// </summary>
    public async Task<PatientRecord> RunAsync(string code, string? protocolId, AccessScope access, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await database.OpenAsync(ct);
        var query = access.Patients(db.Patients).Where(p => p.Code == code);
        if (protocolId is not null)
        {
            query = query.Where(p => db.Studies.Any(s => s.Id == p.StudyId && s.ProtocolId == protocolId));
        }

        var records = await PatientRecords.LoadAsync(db, query, ct: ct);
        return records.Count switch
        {
            0 => throw new MotusException(ExitCategory.Usage, $"No patient with code {code}{(protocolId is null ? "" : $" in study {protocolId}")}."),
            1 => records[0],
            _ => throw new MotusException(ExitCategory.Usage, $"Patient code {code} exists in {records.Count} studies; add --study PROTOCOL."),
        };
    }
}
