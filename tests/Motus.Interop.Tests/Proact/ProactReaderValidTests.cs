using Motus.Domain.Assessments;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Interop.Proact;

namespace Motus.Interop.Tests.Proact;

public sealed class ProactReaderValidTests
{
    private static readonly ProactReadResult Result = ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options);

    private static ProactDataset Dataset => Result.Dataset ?? throw new InvalidOperationException(string.Join('\n', Result.Errors));

    private static PatientRecord Patient(string code) => Dataset.Patients.Single(p => p.Patient.Code == code);

    [Fact]
    public void Read_ValidFixture_HasNoErrorsAndEveryForm()
    {
        Assert.Empty(Result.Errors);
        Assert.True(Result.IsValid);
        Assert.Empty(Result.IgnoredFiles);
        Assert.Equal(11, Dataset.RowsPerFile.Count);
        Assert.Equal(12, Dataset.RowsPerFile["PROACT_ALSFRS.csv"]);
        Assert.Equal(Dataset.RowsPerFile.Values.Sum(), Dataset.TotalRows);
        Assert.Equal(["1001", "1002", "1003", "1004", "1005"], Dataset.Patients.Select(p => p.Patient.Code));
    }

    [Fact]
    public void Read_ValidFixture_CreatesDateShiftedStudyWithArmsAndSite()
    {
        Assert.Equal("PROACT-TEST", Dataset.Study.ProtocolId);
        Assert.Equal("PRO-ACT fixture", Dataset.Study.Name);
        Assert.True(Dataset.Study.IsDateShifted);
        Assert.Equal(ProactFolder.Anchor, Dataset.Study.DateShiftAnchor);
        Assert.Equal(["Active", "Placebo"], Dataset.Study.Arms.Select(a => a.Code));
        Assert.Equal("SITE-1", Dataset.Site.Code);
        Assert.All(Dataset.Patients, p => Assert.Equal(Dataset.Site.Id, p.Patient.SiteId));
        Assert.All(Dataset.Patients, p => Assert.Same(Dataset.Study, p.Study));
    }

    [Fact]
    public void Read_Deltas_AreDaysFromTheAnchorDate()
    {
        var p = Patient("1001");
        Assert.Equal(new DateOnly(2018, 7, 10), p.Patient.OnsetDate);          // day −540
        Assert.Equal(new DateOnly(2019, 6, 15), p.Patient.DiagnosisDate);      // day −200
        Assert.Equal([new DateOnly(2020, 1, 1), new DateOnly(2020, 4, 1), new DateOnly(2020, 7, 1)],
            p.Alsfrs.Select(a => a.Details.Date));                              // days 0, 91, 182
        Assert.Equal(new DateOnly(2020, 7, 19), Patient("1005").Death?.Details.Date); // day 200
        Assert.Equal(new DateOnly(2019, 12, 2), Patient("1003").Patient.RiluzoleReportDate); // day −30
        var paracetamol = p.Medications.Single(m => m.Details.Name == "Paracetamol").Details;
        Assert.Equal((new DateOnly(2020, 1, 6), new DateOnly(2020, 1, 8)), (paracetamol.StartDate, paracetamol.StopDate));
    }

    [Fact]
    public void Read_YearOfBirth_ComesFromDateOfBirthOrElseAge()
    {
        Assert.Equal(1964, Patient("1001").Patient.YearOfBirth);   // Age 56 at 2020-01-01
        Assert.Equal(1957, Patient("1002").Patient.YearOfBirth);   // Date_of_Birth −23010 days = 1957-01-01
        Assert.Equal(1958, Patient("1003").Patient.YearOfBirth);   // Age 61.5 → born during 1958
        Assert.Equal(1950, Patient("1005").Patient.YearOfBirth);
    }

    [Fact]
    public void Read_Demographics_MapsSexCaseInsensitively()
    {
        Assert.Equal(Sex.Male, Patient("1001").Patient.Sex);
        Assert.Equal(Sex.Female, Patient("1002").Patient.Sex);
        Assert.Equal(Sex.Female, Patient("1005").Patient.Sex);     // written "female"
    }

    [Fact]
    public void Read_AlsHistory_MapsOnsetSitesAndIndicators()
    {
        Assert.Equal(OnsetRegion.Limb, Patient("1001").Patient.OnsetRegion);
        Assert.Equal(OnsetRegion.Bulbar, Patient("1002").Patient.OnsetRegion);
        Assert.Equal(OnsetRegion.LimbAndBulbar, Patient("1003").Patient.OnsetRegion); // indicator column only
        Assert.Equal(OnsetRegion.Axial, Patient("1004").Patient.OnsetRegion);         // "Onset: Spine"
        Assert.Equal(OnsetRegion.Other, Patient("1005").Patient.OnsetRegion);
    }

    [Fact]
    public void Read_RiluzoleAndTreatment_SetPatientDetails()
    {
        Assert.Equal((true, "Active"), (Patient("1001").Patient.RiluzoleAtBaseline, Patient("1001").Patient.ArmCode));
        Assert.Equal((false, "Placebo"), (Patient("1002").Patient.RiluzoleAtBaseline, Patient("1002").Patient.ArmCode));
    }

    [Fact]
    public void Read_Alsfrs_DetectsScaleTotalsAndGastrostomy()
    {
        var revised = Patient("1001").Alsfrs[2].Details;
        Assert.Equal((AlsfrsScale.AlsfrsR, 36, 36), (revised.Scale, revised.RecordedTotal, revised.Total)); // ALSFRS_Total 30 ignored on an R row
        Assert.Equal((false, AdministrationMode.Phone, Respondent.Caregiver), (revised.Gastrostomy, revised.Mode, revised.Respondent));

        var original = Patient("1002").Alsfrs[0].Details;
        Assert.Equal((AlsfrsScale.Alsfrs, 4, 37, 40), (original.Scale, original.Q10Respiratory, original.RecordedTotal, original.MaximumTotal));

        var gastrostomy = Patient("1003").Alsfrs[0].Details;   // items written "2.0", 5b scored
        Assert.Equal((true, null, 3, 40), (gastrostomy.Gastrostomy, gastrostomy.Q5aCutting, gastrostomy.Q5bCuttingGastrostomy, gastrostomy.Total));
        Assert.Equal(AdministrationMode.Clinic, gastrostomy.Mode);

        var incomplete = Patient("1004").Alsfrs[1].Details;
        Assert.Equal((AlsfrsScale.AlsfrsR, null, null, AdministrationMode.SelfPaper), (incomplete.Scale, incomplete.R3RespiratoryInsufficiency, incomplete.Total, incomplete.Mode));

        var totalOnly = Patient("1005").Alsfrs[2].Details;
        Assert.Equal((AlsfrsScale.AlsfrsR, 20, null), (totalOnly.Scale, totalOnly.Total, totalOnly.Q1Speech));
    }

    [Fact]
    public void Read_VitalCapacity_MapsTrialsPercentAndPredicted()
    {
        var fvc = Patient("1002").VitalCapacity.Single().Details;
        Assert.Equal((VitalCapacityKind.Forced, 2.9, 2.95, 3.01, 95.0, 3.17), (fvc.Kind, fvc.Trial1Litres, fvc.Trial2Litres, fvc.Trial3Litres, fvc.BestPercentPredicted, fvc.PredictedLitres));
        var svc = Patient("1004").VitalCapacity;
        Assert.All(svc, t => Assert.Equal(VitalCapacityKind.Slow, t.Details.Kind));
        Assert.Equal(4.2, svc[0].Details.Trial2Litres);
        var percentOnly = Patient("1003").VitalCapacity.Single().Details;
        Assert.Equal((null, 73.0), (percentOnly.BestLitres, percentOnly.BestPercentPredicted));
    }

    [Fact]
    public void Read_VitalSigns_ConvertsPoundsAndInches()
    {
        var imperial = Patient("1002").VitalSigns.Single().Details;
        Assert.Equal(150 * 0.45359237, imperial.WeightKg);
        Assert.Equal(64 * 2.54, imperial.HeightCm);
        var metric = Patient("1001").VitalSigns[0].Details;
        Assert.Equal((82.5, 178.0), (metric.WeightKg, metric.HeightCm));
        Assert.Equal((70.0, 172.0), (Patient("1005").VitalSigns[0].Details.WeightKg, Patient("1005").VitalSigns[0].Details.HeightCm)); // "KG", "CM"
    }

    [Fact]
    public void Read_DeathData_YesIsADeathAndNoIsNothing()
    {
        Assert.Single(Patient("1005").Events, e => e.Details.Kind == ClinicalEventKind.Death);
        Assert.Empty(Patient("1002").Events);
    }

    [Fact]
    public void Read_AdverseEvents_MapTermsGradesOutcomesAndCategories()
    {
        var headache = Patient("1001").AdverseEvents[0].Details;
        Assert.Equal(("Tension headache", "Headache", "Nervous system disorders"), (headache.VerbatimTerm, headache.MeddraPreferredTerm, headache.MeddraSystemOrganClass));
        Assert.Equal((1, AeOutcome.Recovered, AeCategory.Headache, false), (headache.Grade?.Value, headache.Outcome, headache.Category, headache.Serious));
        Assert.Equal((Relatedness.NotAssessed, Relatedness.NotAssessed), (headache.RelatednessToProduct, headache.RelatednessToProcedure));

        var injection = Patient("1003").AdverseEvents[0].Details;   // quoted field with a comma, severity "mild"
        Assert.Equal(("Injection site pain, left arm", 1, AeCategory.InjectionSiteReaction, AeOutcome.Recovering), (injection.VerbatimTerm, injection.Grade?.Value, injection.Category, injection.Outcome));
        Assert.Equal(AeCategory.PostLumbarPunctureSyndrome, Patient("1003").AdverseEvents[1].Details.Category);

        var nasopharyngitis = Patient("1004").AdverseEvents[1].Details; // no lowest-level term
        Assert.Equal("Nasopharyngitis", nasopharyngitis.VerbatimTerm);
        Assert.Equal(AeCategory.Fever, Patient("1004").AdverseEvents[0].Details.Category);

        var fatal = Patient("1005").AdverseEvents[0].Details;
        Assert.Equal((5, AeOutcome.Fatal, AeCategory.Respiratory, new DateOnly(2020, 7, 19)), (fatal.Grade?.Value, fatal.Outcome, fatal.Category, fatal.ResolutionDate));
        Assert.Equal(AeOutcome.RecoveredWithSequelae, Patient("1005").AdverseEvents[1].Details.Outcome);
    }

    [Fact]
    public void Read_ConMeds_DeriveKindFromName()
    {
        Assert.Equal([MedicationKind.Riluzole, MedicationKind.Other], Patient("1001").Medications.Select(m => m.Details.Kind));
        Assert.Equal(MedicationKind.Riluzole, Patient("1003").Medications.Single().Details.Kind); // "Rilutek"
        var edaravone = Patient("1004").Medications[0].Details;
        Assert.Equal((MedicationKind.Edaravone, "60", "mg", "QD", "Intravenous"), (edaravone.Kind, edaravone.Dose, edaravone.Unit, edaravone.Frequency, edaravone.Route));
    }

    [Fact]
    public void Read_EveryPatient_PassesTheCrossRecordRules()
    {
        Assert.All(Dataset.Patients, p => Assert.Empty(PatientRecordRules.Check(p)));
    }
}
