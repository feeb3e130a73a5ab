using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Safety;

namespace Motus.Web.Tests.Records;

/// <summary>
/// A host of its own (the write tests change data) with, in both studies, one current record of every kind for the
/// same patient code, entered through <see cref="EditRecords"/> itself, and a cell-product lot per study.
/// </summary>
public sealed class RecordsHostFixture : IAsyncLifetime
{
    /// <summary>The host.</summary>
    public WebHost Host { get; private set; } = null!;

    /// <summary>A patient code present in both studies.</summary>
    public string PatientCode { get; private set; } = "";

    /// <summary>A date on which records of the patient break no rule (the first ALSFRS-R rating), by study.</summary>
    public Dictionary<string, DateOnly> SafeDate { get; } = new(StringComparer.Ordinal);

    /// <summary>The cell-product lot of each study.</summary>
    public Dictionary<string, Guid> Product { get; } = new(StringComparer.Ordinal);

    /// <summary>Record ids by (study, kind slug).</summary>
    public Dictionary<(string Study, string Kind), Guid> RecordIds { get; } = [];

    /// <summary>The use case, on the host's database.</summary>
    public EditRecords Records => new(Host.Services.GetRequiredService<MotusDatabase>());

    /// <summary>The patient in <paramref name="study"/>.</summary>
    public PatientKey Patient(string study) => new(study, PatientCode);

    public async Task InitializeAsync()
    {
        Host = await WebHost.StartAsync(Provider.Sqlite);
        using (var client = Host.ClientFor(MotusRoles.Administrator))
        {
            using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/v1/patients?study=PROACT&pageSize=500"));
            PatientCode = doc.RootElement.GetProperty("rows")[0].GetProperty("code").GetString()!;
        }

        foreach (var study in new[] { "PROACT", "OTHER" })
        {
            await SeedAsync(study);
        }
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private async Task SeedAsync(string study)
    {
        var scope = AccessScope.Unrestricted("test-seed");
        var record = (await Records.PatientAsync(scope, Patient(study)))!;
        var date = record.Alsfrs[0].Details.Date;
        SafeDate[study] = date;

        var database = Host.Services.GetRequiredService<MotusDatabase>();
        await using (var db = await database.OpenAsync())
        {
            var lot = CellProduct.Create(record.Patient.StudyId, new CellProductDetails
            {
                Lot = $"LOT-{study}",
                Name = "Test MSC",
                Type = CellType.Msc,
                Origin = CellOrigin.Allogeneic,
                Source = TissueSource.BoneMarrow,
            }, database.Today).Value;
            db.CellProducts.Add(lot);
            db.Changes = new ChangeContext("test-seed", AuditSource.System);
            await db.SaveChangesAsync();
            Product[study] = lot.Id.Value;
        }

        var key = Patient(study);
        RecordIds[(study, "alsfrs")] = Saved(await Records.AddAsync(RecordKinds.Alsfrs, scope, key, AlsfrsInputs.Normal(date), AuditSource.System));
        RecordIds[(study, "vital-capacity")] = Saved(await Records.AddAsync(RecordKinds.VitalCapacity, scope, key,
            new VitalCapacityInput { Date = date, Trial1Litres = 3.1, Trial1Percent = 82 }, AuditSource.System));
        RecordIds[(study, "vital-signs")] = Saved(await Records.AddAsync(RecordKinds.VitalSigns, scope, key,
            new VitalSignsInput { Date = date, WeightKg = 71.5, HeightCm = 176 }, AuditSource.System));
        RecordIds[(study, "biomarkers")] = Saved(await Records.AddAsync(RecordKinds.Biomarker, scope, key,
            new BiomarkerInput { Date = date, Analyte = "NfL", Matrix = Domain.Assessments.BiomarkerMatrix.Csf, Value = 2150, Unit = "pg/mL" }, AuditSource.System));
        var admin = Saved(await Records.AddAsync(RecordKinds.Administration, scope, key, new AdministrationInput
        {
            Date = date,
            CellProductId = Product[study],
            Route = AdministrationRoute.Intrathecal,
            DoseAmount = 1e8,
            DoseNumber = 1,
        }, AuditSource.System));
        RecordIds[(study, "administrations")] = admin;
        RecordIds[(study, "adverse-events")] = Saved(await Records.AddAsync(RecordKinds.AdverseEvent, scope, key, new AdverseEventInput
        {
            VerbatimTerm = "Headache after lumbar puncture",
            Category = AeCategory.Headache,
            Grade = 1,
            OnsetDate = date,
            AdministrationId = admin,
            RelatednessToProcedure = Relatedness.Probable,
            RelatednessToProduct = Relatedness.Unlikely,
        }, AuditSource.System));
        RecordIds[(study, "events")] = Saved(await Records.AddAsync(RecordKinds.Event, scope, key,
            new ClinicalEventInput { Kind = ClinicalEventKind.NivStart, Date = date }, AuditSource.System));
        RecordIds[(study, "medications")] = Saved(await Records.AddAsync(RecordKinds.Medication, scope, key,
            new MedicationInput { Kind = Domain.Medications.MedicationKind.Riluzole, Name = "Riluzole", StartDate = date }, AuditSource.System));
        RecordIds[(study, "strength")] = Saved(await Records.AddAsync(RecordKinds.Strength, scope, key, new StrengthInput
        {
            Date = date,
            Method = Domain.Assessments.StrengthMethod.Mrc,
            MuscleGroup = "Shoulder abduction",
            Side = Domain.Assessments.BodySide.Left,
            Value = 4.5,
        }, AuditSource.System));
        RecordIds[(study, "alsaq")] = Saved(await Records.AddAsync(RecordKinds.Alsaq, scope, key,
            new AlsaqInput { Date = date, Form = Domain.Assessments.AlsaqForm.Alsaq5, Items = [1, 2, 3, 4, 0] }, AuditSource.System));
    }

    private static Guid Saved(RecordWriteResult result)
    {
        Assert.True(result.Succeeded, $"{result.Outcome}: " + string.Join("; ", result.Errors));
        return result.Id!.Value;
    }
}
