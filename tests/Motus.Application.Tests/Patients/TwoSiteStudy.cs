using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Data.Auditing;
using Motus.Domain.Common;
using Motus.Domain.Patients;
using Motus.Domain.Studies;
using static Motus.Testing.Builders;

namespace Motus.Application.Tests.Patients;

/// <summary>A study (MOTUS-001, arms MSC-IT and PLACEBO) with sites S01 and S02 and patient P001 at S01, plus a second study (OTHER-001, site X01).</summary>
public sealed class TwoSiteStudy : IAsyncDisposable
{
    private TwoSiteStudy(TempDatabase temp) => Temp = temp;

    /// <summary>The database.</summary>
    public TempDatabase Temp { get; }
    /// <summary>The study.</summary>
    public Study Study { get; private set; } = null!;
    /// <summary>Site S01.</summary>
    public Site S01 { get; private set; } = null!;
    /// <summary>Site S02.</summary>
    public Site S02 { get; private set; } = null!;
    /// <summary>Site X01 of the other study.</summary>
    public Site X01 { get; private set; } = null!;
    /// <summary>Patient P001 at S01.</summary>
    public Patient P001 { get; private set; } = null!;

    /// <summary>A coordinator at S01.</summary>
    public AccessScope Coordinator => AccessScope.For("coord", [MotusRoles.Coordinator], [S01.Id.Value]);
    /// <summary>A monitor at S01 (reads, never edits).</summary>
    public AccessScope Monitor => AccessScope.For("mon", [MotusRoles.Monitor], [S01.Id.Value]);
    /// <summary>A coordinator at S02 only.</summary>
    public AccessScope OtherSiteCoordinator => AccessScope.For("coord2", [MotusRoles.Coordinator], [S02.Id.Value]);

    public static async Task<TwoSiteStudy> CreateAsync()
    {
        var seeded = new TwoSiteStudy(await TempDatabase.CreateAsync());
        await seeded.SeedAsync();
        return seeded;
    }

    /// <summary>The audit rows about <paramref name="entityType"/> <paramref name="id"/>, oldest first.</summary>
    public async Task<List<AuditEntry>> AuditAsync(string entityType, Guid id)
    {
        await using var db = Temp.Database.CreateContext();
        var key = AuditValueFormatter.Format(id);
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == key).OrderBy(a => a.Sequence).ToListAsync();
    }

    /// <summary>The stored patient <paramref name="code"/> of the study.</summary>
    public async Task<Patient> PatientAsync(string code)
    {
        await using var db = Temp.Database.CreateContext();
        return await db.Patients.AsNoTracking().SingleAsync(p => p.StudyId == Study.Id && p.Code == code);
    }

    public ValueTask DisposeAsync() => Temp.DisposeAsync();

    private async Task SeedAsync()
    {
        await using var db = Temp.Database.CreateContext();
        Study = ValidStudy();
        var other = ValidStudy("OTHER-001");
        S01 = ValidSite(Study.Id, "S01");
        S02 = ValidSite(Study.Id, "S02");
        X01 = ValidSite(other.Id, "X01");
        P001 = ValidPatient(ValidPatientDetails("P001"), Study.Id, S01.Id);
        db.AddRange(Study, other, S01, S02, X01, P001);
        db.Changes = new ChangeContext("seed", AuditSource.System);
        await db.SaveChangesAsync();
    }
}
