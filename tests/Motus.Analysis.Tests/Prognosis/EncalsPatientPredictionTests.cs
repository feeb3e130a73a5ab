using Motus.Analysis.Prognosis;
using Motus.Analysis.Tests.Common;
using Motus.Domain.Records;
using Motus.Testing;

namespace Motus.Analysis.Tests.Prognosis;

public sealed class EncalsPatientPredictionTests
{
    private static readonly DateOnly Diagnosis = new(2025, 1, 15);

    private static PatientRecord Record()
    {
        var patient = Builders.ValidPatient();
        return new PatientRecord
        {
            Patient = patient,
            Alsfrs = [TestRecords.Total(patient, Diagnosis, 40)],
            VitalCapacity = [Builders.ValidVitalCapacityTest(patient.Id, Builders.ValidVitalCapacityDetails(Diagnosis))],
        };
    }

    [Fact]
    public void For_CompleteRecord_PredictsFromOnset()
    {
        var p = EncalsPatientPrediction.For(Record());

        Assert.Empty(p.Errors);
        Assert.NotNull(p.Prediction!.MedianMonths);
        Assert.Equal(EncalsModel.LinearPredictor(p.Inputs.Predictors!).Value, p.Prediction.LinearPredictor.Value);
        Assert.Null(p.Prediction.EventFreeAtMonths);
    }

    [Fact]
    public void For_EventFreeAtEnrolment_ConditionsOnMonthsSinceOnset()
    {
        // onset 2024-03-01 → enrolment 2025-06-10 = 466 days = 15.310062 months
        var p = EncalsPatientPrediction.For(Record(), eventFreeAt: new DateOnly(2025, 6, 10));

        Assert.Equal(466 / 30.4375, p.Prediction!.EventFreeAtMonths!.Value, 12);
        Assert.True(p.Prediction.MedianMonths > EncalsPatientPrediction.For(Record()).Prediction!.MedianMonths);
    }

    [Fact]
    public void For_ConditioningDateBeforeOnset_Error()
    {
        var p = EncalsPatientPrediction.For(Record(), eventFreeAt: new DateOnly(2024, 1, 1));

        Assert.Null(p.Prediction);
        Assert.Contains(p.Errors, e => e.Contains("not after symptom onset"));
    }

    [Fact]
    public void For_TricalsSet_NoBaselineError()
    {
        var p = EncalsPatientPrediction.For(Record(), inputOptions: new EncalsInputOptions { Coefficients = EncalsCoefficients.TricalsRiskProfile });

        Assert.Null(p.Prediction);
        Assert.Contains(p.Errors, e => e.Contains("no published baseline"));
    }

    [Fact]
    public void For_MissingInputs_NoPredictionWithInputErrors()
    {
        var record = Record() with { VitalCapacity = [] };

        var p = EncalsPatientPrediction.For(record);

        Assert.Null(p.Prediction);
        Assert.Contains(p.Errors, e => e.StartsWith("No vital-capacity test"));
    }

    [Fact]
    public void For_MonthsOptionInsteadOfDate_Throws()
    {
        Assert.Throws<ArgumentException>(() => EncalsPatientPrediction.For(Record(), predictionOptions: new EncalsPredictionOptions { EventFreeAtMonths = 3 }));
    }
}
