using Motus.Analysis.Prognosis;
using Motus.Analysis.Tests.Common;
using Motus.Domain.Assessments;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Testing;

namespace Motus.Analysis.Tests.Prognosis;

/// <summary>Reading ENCALS predictors from a record: every input and every error branch.</summary>
public sealed class EncalsInputReaderTests
{
    // Builder patient: onset 2024-03-01, diagnosis 2025-01-15 (320 days), born 1962, upper-limb onset, El Escorial probable,
    // no FTD, genetics tested negative. ALSFRS-R 40 on the diagnosis date; FVC best 85% five days later.
    private static readonly DateOnly Diagnosis = new(2025, 1, 15);

    private static PatientRecord Record(PatientDetails? details = null, int? total = 40, DateOnly? ratingDate = null, bool withVc = true)
    {
        var patient = Builders.ValidPatient(details ?? Builders.ValidPatientDetails());
        return new PatientRecord
        {
            Patient = patient,
            Alsfrs = total is { } t ? [TestRecords.Total(patient, ratingDate ?? Diagnosis, t)] : [],
            VitalCapacity = withVc ? [Builders.ValidVitalCapacityTest(patient.Id, Builders.ValidVitalCapacityDetails(Diagnosis.AddDays(5)))] : [],
        };
    }

    [Fact]
    public void FromRecord_CompleteRecord_AllPredictors()
    {
        var r = EncalsInputReader.FromRecord(Record());

        Assert.Empty(r.Errors);
        var x = r.Predictors!;
        // ΔFS = (48 − 40)/(320/30.4375) = 8·30.4375/320 = 0.7609375; delay = 320/30.4375 = 10.513347 months
        Assert.Equal(8 * 30.4375 / 320, x.DeltaFs, 12);
        Assert.Equal(320 / 30.4375, x.DiagnosticDelayMonths, 12);
        // age: 1962-07-01 → 2024-03-01 = 22524 days / 365.25 = 61.667351 years
        Assert.Equal((new DateOnly(2024, 3, 1).DayNumber - new DateOnly(1962, 7, 1).DayNumber) / 365.25, x.AgeAtOnsetYears, 12);
        Assert.Equal(22524 / 365.25, x.AgeAtOnsetYears, 12);
        Assert.Equal(85, x.VitalCapacityPercent);
        Assert.False(x.BulbarOnset);
        Assert.False(x.DefiniteAls);
        Assert.False(x.Ftd);
        Assert.False(x.C9orf72);
        Assert.Equal(Diagnosis, r.ReferenceDate);
        Assert.Equal(Diagnosis, r.AlsfrsDate);
        Assert.Equal(Diagnosis.AddDays(5), r.VitalCapacityDate);
        Assert.Single(r.Warnings); // the age approximation only
    }

    [Fact]
    public void FromRecord_RatingNotAtDiagnosis_WarnsScreeningDeltaFs()
    {
        var r = EncalsInputReader.FromRecord(Record(ratingDate: Diagnosis.AddDays(30)));

        Assert.Contains(r.Warnings, w => w.Contains("30 days from the diagnosis date"));
        Assert.NotNull(r.Predictors);
    }

    [Fact]
    public void FromRecord_RatingOutsideWindow_Error()
    {
        var r = EncalsInputReader.FromRecord(Record(ratingDate: Diagnosis.AddDays(91)));

        Assert.Null(r.Predictors);
        Assert.Contains(r.Errors, e => e.StartsWith("No ALSFRS-R rating"));
    }

    [Fact]
    public void FromRecord_ReferenceDateOption_UsesThatDate()
    {
        var screening = Diagnosis.AddDays(150);
        var record = Record(ratingDate: screening, withVc: false);
        record = record with { VitalCapacity = [Builders.ValidVitalCapacityTest(record.Patient.Id, Builders.ValidVitalCapacityDetails(screening))] };

        var r = EncalsInputReader.FromRecord(record, new EncalsInputOptions { ReferenceDate = screening });

        Assert.Equal(screening, r.ReferenceDate);
        Assert.Equal(screening, r.AlsfrsDate);
        Assert.NotNull(r.Predictors);
    }

    [Fact]
    public void FromRecord_NoVitalCapacity_Error()
    {
        var r = EncalsInputReader.FromRecord(Record(withVc: false));

        Assert.Contains(r.Errors, e => e.StartsWith("No vital-capacity test"));
    }

    [Fact]
    public void FromRecord_MissingPatientFacts_EveryErrorListed()
    {
        var details = Builders.ValidPatientDetails() with
        {
            OnsetDate = null,
            YearOfBirth = null,
            OnsetRegion = OnsetRegion.Unknown,
            DiagnosticCategory = DiagnosticCategory.Unknown,
            Ftd = null,
            Genetics = null,
        };

        var r = EncalsInputReader.FromRecord(Record(details));

        Assert.Null(r.Predictors);
        Assert.Contains(r.Errors, e => e.StartsWith("No symptom onset date"));
        Assert.Contains(r.Errors, e => e.StartsWith("No year of birth"));
        Assert.Contains(r.Errors, e => e.StartsWith("Onset region not recorded"));
        Assert.Contains(r.Errors, e => e.StartsWith("Diagnostic category not recorded"));
        Assert.Contains(r.Errors, e => e.StartsWith("FTD status not recorded"));
        Assert.Contains(r.Errors, e => e.StartsWith("C9orf72 status unknown"));
    }

    [Fact]
    public void FromRecord_NoDiagnosisDate_Error()
    {
        var details = Builders.ValidPatientDetails() with { DiagnosisDate = null };

        var r = EncalsInputReader.FromRecord(Record(details));

        Assert.Contains(r.Errors, e => e.StartsWith("No diagnosis date"));
    }

    [Fact]
    public void FromRecord_DiagnosisOnOnsetDate_Error()
    {
        var details = Builders.ValidPatientDetails() with { OnsetDate = Diagnosis };

        var r = EncalsInputReader.FromRecord(Record(details));

        Assert.Contains(r.Errors, e => e.StartsWith("Diagnosis on the onset date"));
    }

    [Fact]
    public void FromRecord_C9UnknownWithTricalsSet_NoError()
    {
        var details = Builders.ValidPatientDetails() with { Genetics = null };

        var r = EncalsInputReader.FromRecord(Record(details), new EncalsInputOptions { Coefficients = EncalsCoefficients.TricalsRiskProfile });

        Assert.Empty(r.Errors);
        Assert.Null(r.Predictors!.C9orf72);
    }

    [Fact]
    public void FromRecord_C9Expansion_True()
    {
        var details = Builders.ValidPatientDetails() with { Genetics = GeneticFindings.C9orf72 | GeneticFindings.Sod1 };

        Assert.True(EncalsInputReader.FromRecord(Record(details)).Predictors!.C9orf72);
    }

    [Theory]
    [InlineData(OnsetRegion.Bulbar, true, false)]
    [InlineData(OnsetRegion.LimbAndBulbar, true, true)]
    [InlineData(OnsetRegion.LowerLimb, false, false)]
    [InlineData(OnsetRegion.Respiratory, false, false)]
    public void FromRecord_OnsetRegion_BulbarFlag(OnsetRegion region, bool bulbar, bool warned)
    {
        var r = EncalsInputReader.FromRecord(Record(Builders.ValidPatientDetails() with { OnsetRegion = region }));

        Assert.Equal(bulbar, r.Predictors!.BulbarOnset);
        Assert.Equal(warned, r.Warnings.Any(w => w.Contains("Limb-and-bulbar")));
    }

    [Fact]
    public void FromRecord_LimbAndBulbarNotAllowed_Error()
    {
        var r = EncalsInputReader.FromRecord(Record(Builders.ValidPatientDetails() with { OnsetRegion = OnsetRegion.LimbAndBulbar }),
            new EncalsInputOptions { LimbAndBulbarCountsAsBulbar = false });

        Assert.Contains(r.Errors, e => e.StartsWith("Limb-and-bulbar onset"));
    }

    [Theory]
    [InlineData(DiagnosticCategory.ElEscorialDefinite, true)]
    [InlineData(DiagnosticCategory.ElEscorialPossible, false)]
    [InlineData(DiagnosticCategory.ElEscorialProbableLabSupported, false)]
    public void FromRecord_ElEscorial_DefiniteFlag(DiagnosticCategory category, bool definite)
    {
        var r = EncalsInputReader.FromRecord(Record(Builders.ValidPatientDetails() with { DiagnosticCategory = category }));

        Assert.Equal(definite, r.Predictors!.DefiniteAls);
    }

    [Fact]
    public void FromRecord_GoldCoast_Error()
    {
        var r = EncalsInputReader.FromRecord(Record(Builders.ValidPatientDetails() with { DiagnosticCategory = DiagnosticCategory.GoldCoastAls }));

        Assert.Contains(r.Errors, e => e.Contains("Gold Coast"));
    }

    [Fact]
    public void FromRecord_OriginalScaleRatingOnly_NoAlsfrsR()
    {
        var record = Record(total: null);
        record = record with { Alsfrs = [TestRecords.Total(record.Patient, Diagnosis, 30, AlsfrsScale.Alsfrs)] };

        var r = EncalsInputReader.FromRecord(record);

        Assert.Contains(r.Errors, e => e.StartsWith("No ALSFRS-R rating"));
    }
}
