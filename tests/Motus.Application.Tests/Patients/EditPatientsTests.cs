using Motus.Application.Access;
using Motus.Application.Patients;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Domain.Events;
using Motus.Domain.Patients;
using static Motus.Testing.Builders;

namespace Motus.Application.Tests.Patients;

public sealed class EditPatientsTests
{
    private static PatientInput NewInput(string code = "P002", string site = "S01") => new()
    {
        Code = code,
        Site = site,
        Sex = Sex.Male,
        YearOfBirth = 1958,
        OnsetDate = new(2025, 2, 1),
        OnsetRegion = OnsetRegion.Bulbar,
        DiagnosisDate = new(2025, 8, 20),
        DiagnosticCategory = DiagnosticCategory.GoldCoastAls,
        Genetics = GeneticFindings.C9orf72,
        ArmCode = PlaceboArm,
        ConsentDate = new(2025, 9, 1),
        EnrolmentDate = new(2025, 9, 5),
    };

    private static PatientInput Stored(Patient p, string site = "S01") => PatientInput.From(p.Details, site);

    [Fact]
    public async Task RegisterAsync_ValidAtOwnSite_StoresEveryFactAndAuditsTheCreation()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var edit = new EditPatients(s.Temp.Database);

        // Act
        var result = await edit.RegisterAsync(s.Coordinator, "MOTUS-001", NewInput(), AuditSource.Ui);

        // Assert
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var p = await s.PatientAsync("P002");
        Assert.Equal((s.S01.Id, Sex.Male, 1958, OnsetRegion.Bulbar, DiagnosticCategory.GoldCoastAls, GeneticFindings.C9orf72, PlaceboArm),
            (p.SiteId, p.Sex, p.YearOfBirth!.Value, p.OnsetRegion, p.DiagnosticCategory, p.Genetics!.Value, p.ArmCode!));
        Assert.Equal(new DateOnly(2025, 9, 5), p.EnrolmentDate);
        Assert.Null(p.Ftd);
        var audit = Assert.Single(await s.AuditAsync("Patient", p.Id.Value));
        Assert.Equal(("coord", AuditSource.Ui, AuditAction.Create, p.Id.Value), (audit.Actor, audit.Source, audit.Action, audit.PatientId!.Value));
        Assert.Contains("\"Code\":\"P002\"", audit.NewValue, StringComparison.Ordinal);
        Assert.Equal(audit.Sequence, result.Version);
    }

    [Fact]
    public async Task RegisterAsync_SiteNotTheCallers_SiteErrorAndNothingSaved()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var before = await s.Temp.SnapshotAsync();

        // Act
        var result = await new EditPatients(s.Temp.Database).RegisterAsync(s.Coordinator, "MOTUS-001", NewInput(site: "S02"), AuditSource.Ui);

        // Assert
        Assert.Equal(RecordWriteOutcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Site", error.Field);
        Assert.Contains("not one of your sites in study MOTUS-001 (S01)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await s.Temp.SnapshotAsync());
    }

    [Fact]
    public async Task RegisterAsync_Monitor_AccessDenied()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();

        // Act + Assert
        await Assert.ThrowsAsync<AccessDeniedException>(() => new EditPatients(s.Temp.Database).RegisterAsync(s.Monitor, "MOTUS-001", NewInput(), AuditSource.Ui));
    }

    [Fact]
    public async Task RegisterAsync_StudyWithoutASiteOfTheCaller_NotFound()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();

        // Act
        var result = await new EditPatients(s.Temp.Database).RegisterAsync(s.Coordinator, "OTHER-001", NewInput(site: "X01"), AuditSource.Ui);

        // Assert
        Assert.Equal(RecordWriteOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task RegisterAsync_CodeTakenInOtherCase_Pat10OnCode()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();

        // Act
        var result = await new EditPatients(s.Temp.Database).RegisterAsync(s.Coordinator, "MOTUS-001", NewInput(code: "p001"), AuditSource.Ui);

        // Assert
        Assert.Equal([("Code", "PAT-10")], result.Errors.Select(e => (e.Field, e.RuleId)));
    }

    [Fact]
    public async Task RegisterAsync_RequiredChoicesMissing_OneErrorPerField()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var input = new PatientInput { Code = " ", Site = "S01" };

        // Act
        var result = await new EditPatients(s.Temp.Database).RegisterAsync(s.Coordinator, "MOTUS-001", input, AuditSource.Ui);

        // Assert
        Assert.Equal(["Code", "DiagnosticCategory", "OnsetRegion", "Sex"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Null(e.RuleId));
    }

    [Fact]
    public async Task RegisterAsync_DomainRulesBroken_EveryViolationOnItsField()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var input = NewInput();
        input.DiagnosisDate = new DateOnly(2025, 1, 1); // before onset: PAT-03
        input.ArmCode = "NO-SUCH-ARM";                   // PAT-08 (cross-record)
        input.YearOfBirth = 1850;                        // PAT-02

        // Act
        var result = await new EditPatients(s.Temp.Database).RegisterAsync(s.Coordinator, "MOTUS-001", input, AuditSource.Ui);

        // Assert
        Assert.Equal([("DiagnosisDate", "PAT-03"), ("YearOfBirth", "PAT-02")], result.Errors.Select(e => (e.Field, e.RuleId!)).Order());
    }

    [Fact]
    public async Task RegisterAsync_UnknownArmOnly_Pat08OnArmCode()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var input = NewInput();
        input.ArmCode = "NO-SUCH-ARM";

        // Act
        var result = await new EditPatients(s.Temp.Database).RegisterAsync(s.Coordinator, "MOTUS-001", input, AuditSource.Ui);

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal(("ArmCode", "PAT-08"), (error.Field, error.RuleId));
        Assert.Contains("arms: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(PlaceboArm, error.Message, StringComparison.Ordinal);
        Assert.Contains(ActiveArm, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditAsync_WithReason_SavesAndAuditsOldNewAndReason()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var edit = new EditPatients(s.Temp.Database);
        var found = await edit.FindAsync(s.Coordinator, new PatientKey("MOTUS-001", "P001"));
        var input = found!.Details;
        input.DiagnosisDate = new DateOnly(2025, 2, 3);
        input.Ftd = true;

        // Act
        var result = await edit.EditAsync(s.Coordinator, new PatientKey("MOTUS-001", "P001"), input, " Source document re-read ", found.Version, AuditSource.Api);

        // Assert
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var p = await s.PatientAsync("P001");
        Assert.Equal((new DateOnly(2025, 2, 3), true), (p.DiagnosisDate, p.Ftd));
        var rows = (await s.AuditAsync("Patient", p.Id.Value)).Where(a => a.Action == AuditAction.Update).ToList();
        Assert.Equal([("DiagnosisDate", "2025-01-15", "2025-02-03"), ("Ftd", "false", "true")],
            rows.Select(r => (r.Field!, r.OldValue!, r.NewValue!)).Order().ToList());
        Assert.All(rows, r => Assert.Equal(("coord", AuditSource.Api, "Source document re-read"), (r.Actor, r.Source, r.Reason!)));
        Assert.True(result.Version > found.Version);
    }

    [Fact]
    public async Task EditAsync_NoReason_ReasonErrorAndNothingSaved()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var input = Stored(s.P001);
        input.Ftd = true;
        var before = await s.Temp.SnapshotAsync();

        // Act
        var result = await new EditPatients(s.Temp.Database).EditAsync(s.Coordinator, new PatientKey("MOTUS-001", "P001"), input, "  ", null, AuditSource.Ui);

        // Assert
        Assert.Equal(["Reason"], result.Errors.Select(e => e.Field));
        Assert.Equal(before, await s.Temp.SnapshotAsync());
    }

    [Fact]
    public async Task EditAsync_StaleVersion_ConflictWithCurrentVersion()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var edit = new EditPatients(s.Temp.Database);
        var found = await edit.FindAsync(s.Coordinator, new PatientKey("MOTUS-001", "P001"));

        // Act
        var result = await edit.EditAsync(s.Coordinator, new PatientKey("MOTUS-001", "P001"), Stored(s.P001), "typo", found!.Version - 1, AuditSource.Ui);

        // Assert
        Assert.Equal((RecordWriteOutcome.Conflict, found.Version), (result.Outcome, result.Version!.Value));
    }

    [Fact]
    public async Task EditAsync_PatientAtAnotherSite_NotFound()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();

        // Act
        var result = await new EditPatients(s.Temp.Database).EditAsync(s.OtherSiteCoordinator, new PatientKey("MOTUS-001", "P001"), Stored(s.P001, "S02"), "move", null, AuditSource.Ui);

        // Assert
        Assert.Equal(RecordWriteOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task EditAsync_CodeChanged_Pat11OnCode()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var input = Stored(s.P001);
        input.Code = "P999";

        // Act
        var result = await new EditPatients(s.Temp.Database).EditAsync(s.Coordinator, new PatientKey("MOTUS-001", "P001"), input, "rename", null, AuditSource.Ui);

        // Assert
        Assert.Equal([("Code", "PAT-11")], result.Errors.Select(e => (e.Field, e.RuleId)));
    }

    [Fact]
    public async Task EditAsync_WithdrawalAfterRecordedDeath_Xr01OnWithdrawalDate()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var death = await new EditRecords(s.Temp.Database).AddAsync(RecordKinds.Event, AccessScope.Unrestricted("seed"), new PatientKey("MOTUS-001", "P001"),
            new ClinicalEventInput { Kind = ClinicalEventKind.Death, Date = new DateOnly(2026, 3, 1) }, AuditSource.System);
        Assert.True(death.Succeeded, string.Join("; ", death.Errors));
        var input = Stored(s.P001);
        input.WithdrawalDate = new DateOnly(2026, 4, 1);

        // Act
        var result = await new EditPatients(s.Temp.Database).EditAsync(s.Coordinator, new PatientKey("MOTUS-001", "P001"), input, "withdrew", null, AuditSource.Ui);

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal(("WithdrawalDate", "XR-01"), (error.Field, error.RuleId));
        Assert.Null((await s.PatientAsync("P001")).WithdrawalDate);
    }

    [Fact]
    public async Task EditAsync_ConsentMovedAfterADose_Adm06OnConsentDate()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        Guid lot;
        await using (var db = s.Temp.Database.CreateContext())
        {
            var product = ValidCellProduct(s.Study.Id);
            db.CellProducts.Add(product);
            db.Changes = new ChangeContext("seed", AuditSource.System);
            await db.SaveChangesAsync();
            lot = product.Id.Value;
        }

        var dose = await new EditRecords(s.Temp.Database).AddAsync(RecordKinds.Administration, AccessScope.Unrestricted("seed"), new PatientKey("MOTUS-001", "P001"),
            new AdministrationInput { Date = new DateOnly(2025, 7, 1), CellProductId = lot, Route = Domain.CellTherapy.AdministrationRoute.Intrathecal, DoseAmount = 1e8, DoseNumber = 1 }, AuditSource.System);
        Assert.True(dose.Succeeded, string.Join("; ", dose.Errors));
        var input = Stored(s.P001);
        input.ConsentDate = new DateOnly(2025, 7, 2);
        input.EnrolmentDate = new DateOnly(2025, 7, 3);

        // Act
        var result = await new EditPatients(s.Temp.Database).EditAsync(s.Coordinator, new PatientKey("MOTUS-001", "P001"), input, "consent date corrected", null, AuditSource.Ui);

        // Assert
        Assert.Equal([("ConsentDate", "ADM-06")], result.Errors.Select(e => (e.Field, e.RuleId)));
    }

    [Fact]
    public async Task EditAsync_ToAnotherOfTheCallersSites_MovesAndAuditsTheSite()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var both = AccessScope.For("coord", [MotusRoles.Coordinator], [s.S01.Id.Value, s.S02.Id.Value]);

        // Act
        var result = await new EditPatients(s.Temp.Database).EditAsync(both, new PatientKey("MOTUS-001", "P001"), Stored(s.P001, "S02"), "followed up at S02 now", null, AuditSource.Ui);

        // Assert
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(s.S02.Id, (await s.PatientAsync("P001")).SiteId);
        var row = Assert.Single(await s.AuditAsync("Patient", s.P001.Id.Value), a => a.Action == AuditAction.Update);
        Assert.Equal(("SiteId", AuditValueFormatter.Format(s.S01.Id.Value), AuditValueFormatter.Format(s.S02.Id.Value)), (row.Field!, row.OldValue, row.NewValue));
    }
}
