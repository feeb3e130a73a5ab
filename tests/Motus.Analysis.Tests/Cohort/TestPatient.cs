using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Testing;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>
/// Builds a <see cref="PatientRecord"/> for analysis tests: a valid patient (Builders defaults, changed by the
/// arguments) plus the records added one call at a time. Every record is valid; <see cref="DeleteLast"/> soft-deletes
/// the record added last so tests can check that deleted records are ignored.
/// </summary>
internal sealed class TestPatient
{
    private readonly Patient _patient;
    private readonly List<AlsfrsAssessment> _alsfrs = [];
    private readonly List<Administration> _administrations = [];
    private readonly List<AdverseEvent> _adverseEvents = [];
    private readonly List<ClinicalEvent> _events = [];
    private IClinicalRecord? _last;

    private TestPatient(Patient patient) => _patient = patient;

    public PatientId Id => _patient.Id;

    /// <summary>A patient with the given code, arm and dates; nulls clear the Builders defaults.</summary>
    public static TestPatient Create(string code, string? arm, DateOnly? enrolment, DateOnly? onset = null, DateOnly? diagnosis = null,
        Sex sex = Sex.Female, int? yearOfBirth = 1962, OnsetRegion region = OnsetRegion.UpperLimb)
    {
        var details = Builders.ValidPatientDetails(code) with
        {
            ArmCode = arm,
            EnrolmentDate = enrolment,
            ConsentDate = enrolment,
            OnsetDate = onset,
            DiagnosisDate = diagnosis,
            RiluzoleReportDate = null,
            Sex = sex,
            YearOfBirth = yearOfBirth,
            OnsetRegion = region,
        };
        return new TestPatient(Builders.ValidPatient(details));
    }

    public TestPatient Event(ClinicalEventKind kind, DateOnly date) =>
        Add(_events, Builders.ValidClinicalEvent(Id, new ClinicalEventDetails { Kind = kind, Date = date }));

    public TestPatient Death(DateOnly date) => Add(_events, Builders.ValidClinicalEvent(Id, Builders.DeathDetails(date)));

    public TestPatient Niv(DateOnly from, DateOnly to, double hoursPerDay) =>
        Add(_events, Builders.ValidClinicalEvent(Id, new ClinicalEventDetails { Kind = ClinicalEventKind.NivUsage, Date = from, EndDate = to, HoursPerDay = hoursPerDay }));

    public TestPatient Alsfrs(DateOnly date, int total, AlsfrsScale scale = AlsfrsScale.AlsfrsR) =>
        Add(_alsfrs, Builders.ValidAlsfrsAssessment(Id, new AlsfrsDetails { Date = date, Scale = scale, RecordedTotal = total }));

    public TestPatient Dose(DateOnly date, int doseNumber, AdministrationRoute route = AdministrationRoute.Intrathecal) =>
        Add(_administrations, Builders.ValidAdministration(Id, Builders.ValidAdministrationDetails(doseNumber: doseNumber, date: date) with { Route = route }));

    /// <summary>The administration added <paramref name="index"/>-th (0-based), for linking adverse events.</summary>
    public Guid DoseId(int index) => _administrations[index].Id;

    public TestPatient Ae(AdverseEventDetails details) => Add(_adverseEvents, Builders.ValidAdverseEvent(Id, details));

    /// <summary>Soft-deletes the record added last.</summary>
    public TestPatient DeleteLast()
    {
        (_last ?? throw new InvalidOperationException("No record to delete.")).MarkDeleted(TestDates.Now, "entered in error");
        return this;
    }

    public PatientRecord Build() => new()
    {
        Patient = _patient,
        Alsfrs = _alsfrs.ToList(),
        Administrations = _administrations.ToList(),
        AdverseEvents = _adverseEvents.ToList(),
        Events = _events.ToList(),
    };

    private TestPatient Add<T>(List<T> list, T record)
        where T : IClinicalRecord
    {
        list.Add(record);
        _last = record;
        return this;
    }
}
