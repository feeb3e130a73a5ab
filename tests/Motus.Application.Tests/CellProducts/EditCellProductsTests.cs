using Motus.Application.Access;
using Motus.Application.CellProducts;
using Motus.Application.Records;
using Motus.Application.Tests.Patients;
using Motus.Data.Auditing;
using Motus.Domain.CellTherapy;
using static Motus.Testing.Builders;

namespace Motus.Application.Tests.CellProducts;

public sealed class EditCellProductsTests
{
    private static CellProductInput Lot(string lot = "LOT-100", CellOrigin origin = CellOrigin.Allogeneic, string? donor = null) => new()
    {
        Lot = lot,
        Name = "MSC-NTF",
        Type = CellType.MscNtf,
        Source = TissueSource.BoneMarrow,
        Origin = origin,
        DonorPatientCode = donor,
        ViabilityPercent = 91.5,
        ReleaseDate = new DateOnly(2025, 6, 20),
    };

    [Fact]
    public async Task AddAsync_AllogeneicLot_StoredAndAuditedWithTheCaller()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var products = new EditCellProducts(s.Temp.Database);

        // Act
        var result = await products.AddAsync(s.Coordinator, "MOTUS-001", Lot(), AuditSource.Api);

        // Assert
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var list = await products.ListAsync(s.Monitor, "MOTUS-001");
        var stored = Assert.Single(list!.Products);
        Assert.Equal((result.Id!.Value, "LOT-100", CellType.MscNtf, 91.5, new DateOnly(2025, 6, 20), result.Version!.Value),
            (stored.Id, stored.Details.Lot!, stored.Details.Type!.Value, stored.Details.ViabilityPercent!.Value, stored.Details.ReleaseDate!.Value, stored.Version));
        var audit = Assert.Single(await s.AuditAsync("CellProduct", stored.Id));
        Assert.Equal(("coord", AuditSource.Api, AuditAction.Create), (audit.Actor, audit.Source, audit.Action));
    }

    [Fact]
    public async Task AddAsync_Monitor_AccessDenied()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();

        // Act + Assert
        await Assert.ThrowsAsync<AccessDeniedException>(() => new EditCellProducts(s.Temp.Database).AddAsync(s.Monitor, "MOTUS-001", Lot(), AuditSource.Ui));
    }

    [Fact]
    public async Task AddAsync_AutologousWithoutDonor_Cp02OnDonorPatientCode()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();

        // Act
        var result = await new EditCellProducts(s.Temp.Database).AddAsync(s.Coordinator, "MOTUS-001", Lot(origin: CellOrigin.Autologous), AuditSource.Ui);

        // Assert
        Assert.Equal([("DonorPatientCode", "CP-02")], result.Errors.Select(e => (e.Field, e.RuleId)));
    }

    [Fact]
    public async Task AddAsync_DonorAtAnotherSite_DonorErrorAndNothingSaved()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var before = await s.Temp.SnapshotAsync();

        // Act
        var result = await new EditCellProducts(s.Temp.Database).AddAsync(s.OtherSiteCoordinator, "MOTUS-001", Lot(origin: CellOrigin.Autologous, donor: "P001"), AuditSource.Ui);

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal(("DonorPatientCode", "No patient P001 in study MOTUS-001 at your sites."), (error.Field, error.Message));
        Assert.Equal(before, await s.Temp.SnapshotAsync());
    }

    [Fact]
    public async Task AddAsync_LotTakenInOtherCase_Cp03OnLot()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var products = new EditCellProducts(s.Temp.Database);
        Assert.True((await products.AddAsync(s.Coordinator, "MOTUS-001", Lot("LOT-100"), AuditSource.Ui)).Succeeded);

        // Act
        var result = await products.AddAsync(s.Coordinator, "MOTUS-001", Lot("lot-100"), AuditSource.Ui);

        // Assert
        Assert.Equal([("Lot", "CP-03")], result.Errors.Select(e => (e.Field, e.RuleId)));
    }

    [Fact]
    public async Task EditAsync_WithReason_AuditsOldNewAndReason()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var products = new EditCellProducts(s.Temp.Database);
        var added = await products.AddAsync(s.Coordinator, "MOTUS-001", Lot(), AuditSource.Ui);
        var input = Lot();
        input.ViabilityPercent = 88;

        // Act
        var result = await products.EditAsync(s.Coordinator, "MOTUS-001", added.Id!.Value, input, "certificate of analysis corrected", added.Version, AuditSource.Ui);

        // Assert
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var row = Assert.Single(await s.AuditAsync("CellProduct", added.Id.Value), a => a.Action == AuditAction.Update);
        Assert.Equal(("Details.ViabilityPercent", "91.5", "88", "coord", "certificate of analysis corrected"), (row.Field!, row.OldValue, row.NewValue, row.Actor, row.Reason));
    }

    [Fact]
    public async Task EditAsync_NoReasonOrStaleVersion_RefusedWithoutChange()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var products = new EditCellProducts(s.Temp.Database);
        var added = await products.AddAsync(s.Coordinator, "MOTUS-001", Lot(), AuditSource.Ui);
        var before = await s.Temp.SnapshotAsync();

        // Act
        var noReason = await products.EditAsync(s.Coordinator, "MOTUS-001", added.Id!.Value, Lot(), null, null, AuditSource.Ui);
        var stale = await products.EditAsync(s.Coordinator, "MOTUS-001", added.Id.Value, Lot(), "why", added.Version - 1, AuditSource.Ui);

        // Assert
        Assert.Equal(["Reason"], noReason.Errors.Select(e => e.Field));
        Assert.Equal(RecordWriteOutcome.Conflict, stale.Outcome);
        Assert.Equal(before, await s.Temp.SnapshotAsync());
    }

    [Fact]
    public async Task EditAsync_ReleaseAfterADoseAtAnotherSite_Adm03OnReleaseDateWithoutTheCode()
    {
        // Arrange: the lot was given to P001 (site S01); a coordinator of S02 moves its release date after that dose.
        await using var s = await TwoSiteStudy.CreateAsync();
        var products = new EditCellProducts(s.Temp.Database);
        var added = await products.AddAsync(s.Coordinator, "MOTUS-001", Lot(), AuditSource.Ui);
        var dose = await new EditRecords(s.Temp.Database).AddAsync(RecordKinds.Administration, AccessScope.Unrestricted("seed"), new PatientKey("MOTUS-001", "P001"),
            new AdministrationInput { Date = new DateOnly(2025, 7, 1), CellProductId = added.Id, Route = AdministrationRoute.Intrathecal, DoseAmount = 1e8, DoseNumber = 1 }, AuditSource.System);
        Assert.True(dose.Succeeded, string.Join("; ", dose.Errors));
        var input = Lot();
        input.ReleaseDate = new DateOnly(2025, 7, 15);

        // Act
        var other = await products.EditAsync(s.OtherSiteCoordinator, "MOTUS-001", added.Id!.Value, input, "new certificate", null, AuditSource.Ui);
        var own = await products.EditAsync(s.Coordinator, "MOTUS-001", added.Id.Value, input, "new certificate", null, AuditSource.Ui);

        // Assert
        var error = Assert.Single(other.Errors);
        Assert.Equal(("ReleaseDate", "ADM-03"), (error.Field, error.RuleId));
        // Neither the code nor the other site's dose date (2025-07-01): only the rule.
        Assert.StartsWith("A patient at another site who received this lot would break rule ADM-03", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("P001", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-07-01", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Patient P001: ", Assert.Single(own.Errors).Message, StringComparison.Ordinal);
        var list = await products.ListAsync(s.Coordinator, "MOTUS-001");
        Assert.Equal((new DateOnly(2025, 6, 20), 1), (list!.Products[0].Details.ReleaseDate!.Value, list.Products[0].Administrations));
    }

    [Fact]
    public async Task ListAsync_AutologousDonorAtAnotherSite_HidesTheDonorAndRefusesEdits()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();
        var products = new EditCellProducts(s.Temp.Database);
        var added = await products.AddAsync(s.Coordinator, "MOTUS-001", Lot(origin: CellOrigin.Autologous, donor: "P001"), AuditSource.Ui);
        Assert.True(added.Succeeded, string.Join("; ", added.Errors));

        // Act
        var own = (await products.ListAsync(s.Coordinator, "MOTUS-001"))!.Products.Single();
        var other = (await products.ListAsync(s.OtherSiteCoordinator, "MOTUS-001"))!.Products.Single();
        var edit = await products.EditAsync(s.OtherSiteCoordinator, "MOTUS-001", added.Id!.Value, Lot(), "x", null, AuditSource.Ui);

        // Assert
        Assert.Equal(("P001", false), (own.Details.DonorPatientCode!, own.DonorAtAnotherSite));
        Assert.Equal(((string?)null, true), (other.Details.DonorPatientCode, other.DonorAtAnotherSite));
        Assert.Equal(RecordWriteOutcome.NotFound, edit.Outcome);
        Assert.Null(await products.FindAsync(s.OtherSiteCoordinator, "MOTUS-001", added.Id.Value));
    }

    [Fact]
    public async Task ListAsync_StudyWithoutASiteOfTheCaller_Null()
    {
        // Arrange
        await using var s = await TwoSiteStudy.CreateAsync();

        // Act + Assert
        Assert.Null(await new EditCellProducts(s.Temp.Database).ListAsync(s.Coordinator, "OTHER-001"));
    }
}
