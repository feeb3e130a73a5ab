using Motus.Data.Auditing;
using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Testing;

namespace Motus.Application.Tests.Analyses;

/// <summary>
/// A database holding study MOTUS-001 with one patient, P001 (<see cref="Builders.ValidPatientDetails"/>: onset
/// 2024-03-01, diagnosis 2025-01-15, El Escorial probable, no C9orf72, no FTD, born 1962, upper-limb onset), an
/// ALSFRS-R of 36 and an FVC of 85% predicted on the diagnosis date, and a first dose on 2025-07-01 with ratings
/// declining 2 points per 45 days before it (40, 38, 36 at −90, −45, 0 days) and 1 point per 60 days after it
/// (35, 34, 33 at +60, +120, +180 days).
/// </summary>
public static class SeededStudy
{
    public static readonly DateOnly Dose = new(2025, 7, 1);

    /// <summary>(days from the dose, total) of the ratings around the dose.</summary>
    public static readonly (int Day, int Total)[] Course = [(-90, 40), (-45, 38), (0, 36), (60, 35), (120, 34), (180, 33)];

    public static async Task<TempDatabase> CreateAsync()
    {
        var t = await TempDatabase.CreateAsync();
        var study = Builders.ValidStudy();
        var site = Builders.ValidSite(study.Id);
        var patient = Builders.ValidPatient(studyId: study.Id, siteId: site.Id);
        var product = Builders.ValidCellProduct(study.Id);
        var diagnosis = patient.DiagnosisDate!.Value;
        var records = new List<object>
        {
            Builders.ValidAlsfrsAssessment(patient.Id, Builders.ValidAlsfrsDetails(diagnosis)),
            Builders.ValidVitalCapacityTest(patient.Id, Builders.ValidVitalCapacityDetails(diagnosis)),
            Builders.ValidAdministration(patient.Id, Builders.ValidAdministrationDetails(product.Id, 1, Dose)),
        };
        records.AddRange(Course.Select(c => (object)Builders.ValidAlsfrsAssessment(patient.Id, WithTotal(Dose.AddDays(c.Day), c.Total))));
        await using var db = t.Database.CreateContext();
        db.Changes = new ChangeContext("tester", AuditSource.Cli);
        db.AddRange(study, site, patient, product);
        db.AddRange(records);
        await db.SaveChangesAsync();
        return t;
    }

    /// <summary>The builders' rating (total 36, items 8 = 2 and 9 = 1) with items 8 and 9 changed to reach <paramref name="total"/> (33–40).</summary>
    private static AlsfrsDetails WithTotal(DateOnly date, int total)
    {
        var extra = total - 36;
        var (walking, stairs) = extra >= 0 ? (2 + Math.Max(0, extra - 3), 1 + Math.Min(extra, 3)) : (Math.Max(0, 2 + extra + 1), 0);
        var d = Builders.ValidAlsfrsDetails(date) with { Q8Walking = walking, Q9Stairs = stairs };
        return d.Total == total ? d : throw new InvalidOperationException($"Rating of {date} has total {d.Total}, wanted {total}.");
    }
}
