using Motus.Domain.Assessments;
using Motus.Domain.Records;
using Motus.Testing;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Records;

public sealed class PatientRecordTests
{
    [Fact]
    public void Current_DeletedAndCurrentRecords_KeepsOnlyCurrentOnesInEveryList()
    {
        // Arrange: one current and one soft-deleted record of every kind.
        var patient = ValidPatient();
        var id = patient.Id;
        var today = TestDates.Today;
        var pairs = new PatientRecord
        {
            Patient = patient,
            Alsfrs = [ValidAlsfrsAssessment(id), ValidAlsfrsAssessment(id)],
            VitalCapacity = [ValidVitalCapacityTest(id), ValidVitalCapacityTest(id)],
            Strength = [StrengthMeasurement.Create(id, ValidStrengthDetails(), today).Value, StrengthMeasurement.Create(id, ValidStrengthDetails(), today).Value],
            VitalSigns = [VitalSigns.Create(id, ValidVitalSignsDetails(), today).Value, VitalSigns.Create(id, ValidVitalSignsDetails(), today).Value],
            Alsaq = [AlsaqAssessment.Create(id, ValidAlsaqDetails(), today).Value, AlsaqAssessment.Create(id, ValidAlsaqDetails(), today).Value],
            Biomarkers = [BiomarkerResult.Create(id, ValidBiomarkerDetails(), today).Value, BiomarkerResult.Create(id, ValidBiomarkerDetails(), today).Value],
            Administrations = [ValidAdministration(id), ValidAdministration(id)],
            AdverseEvents = [ValidAdverseEvent(id), ValidAdverseEvent(id)],
            Medications = [ValidMedication(id), ValidMedication(id)],
            Events = [ValidClinicalEvent(id), ValidClinicalEvent(id)],
        };
        var deleted = pairs.AllRecords().GroupBy(r => r.Kind).Select(g => g.Last().Record).ToList();
        foreach (var r in deleted)
        {
            r.MarkDeleted(TestDates.Now, "Entered twice");
        }

        // Act
        var current = pairs.Current();

        // Assert
        var kept = current.AllRecords().ToList();
        Assert.Equal(10, kept.Count);
        Assert.Equal(10, kept.Select(r => r.Kind).Distinct().Count());
        Assert.All(kept, r => Assert.False(r.Record.IsDeleted));
        Assert.DoesNotContain(kept, r => deleted.Contains(r.Record));
        Assert.Same(patient, current.Patient);
    }
}
