using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Patients;

namespace Motus.Application.Reports;

/// <summary>The patient report use case: load the patient's record and build the HTML report.</summary>
public sealed class PatientReport(MotusDatabase database)
{
    /// <summary>The report as HTML; <paramref name="protocolId"/> picks the study when the code exists in several.</summary>
    public async Task<string> RunAsync(string code, string? protocolId, AccessScope access, CancellationToken ct = default)
    {
        var record = await new ShowPatient(database).RunAsync(code, protocolId, access, ct);
        return PatientReportBuilder.Build(record, database.Clock.GetUtcNow()).Render();
    }
}
