using Motus.Domain.Assessments;
using Motus.Domain.Events;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Testing;

namespace Motus.Analysis.Tests.Common;

/// <summary>Patient records built from a few numbers: an onset date and (date, total) ratings.</summary>
internal static class TestRecords
{
    /// <summary>The onset date used by the R fixtures (day offsets are added to it).</summary>
    public static readonly DateOnly FixtureOnset = new(2015, 1, 1);

    /// <summary>A patient with <paramref name="onset"/> (null for none) and no records.</summary>
    public static Patient Patient(DateOnly? onset, string code = "P001") =>
        Builders.ValidPatient(Builders.ValidPatientDetails(code) with { OnsetDate = onset });

    /// <summary>A rating holding only a recorded total.</summary>
    public static AlsfrsAssessment Total(Patient patient, DateOnly date, int total, AlsfrsScale scale = AlsfrsScale.AlsfrsR) =>
        Builders.ValidAlsfrsAssessment(patient.Id, new AlsfrsDetails { Date = date, Scale = scale, RecordedTotal = total });

    /// <summary>A record with ratings on the given dates.</summary>
    public static PatientRecord WithTotals(DateOnly? onset, params (DateOnly Date, int Total)[] visits)
    {
        var patient = Patient(onset);
        return new PatientRecord { Patient = patient, Alsfrs = visits.Select(v => Total(patient, v.Date, v.Total)).ToList() };
    }

    /// <summary>A record with ratings at day offsets from <see cref="FixtureOnset"/>.</summary>
    public static PatientRecord FromDays(int[] days, int[] totals) =>
        WithTotals(FixtureOnset, days.Select((d, i) => (FixtureOnset.AddDays(d), totals[i])).ToArray());

    /// <summary>The record with one more administration (dose <paramref name="doseNumber"/> on <paramref name="date"/>).</summary>
    public static PatientRecord WithAdministration(this PatientRecord record, DateOnly date, int doseNumber = 1) =>
        record with
        {
            Administrations = [.. record.Administrations, Builders.ValidAdministration(record.Patient.Id, Builders.ValidAdministrationDetails(doseNumber: doseNumber, date: date))],
        };

    /// <summary>The record with one more clinical event.</summary>
    public static PatientRecord WithEvent(this PatientRecord record, ClinicalEventKind kind, DateOnly date) =>
        record with
        {
            Events = [.. record.Events, Builders.ValidClinicalEvent(record.Patient.Id, new ClinicalEventDetails { Kind = kind, Date = date, Cause = kind == ClinicalEventKind.Death ? "Respiratory failure" : null })],
        };

    /// <summary>Soft-deletes the <paramref name="index"/>-th rating of the record (in place) and returns the record.</summary>
    public static PatientRecord DeleteRating(this PatientRecord record, int index)
    {
        record.Alsfrs[index].MarkDeleted(TestDates.Now, "entered in error");
        return record;
    }
}
