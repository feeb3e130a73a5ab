using Microsoft.EntityFrameworkCore;
using Motus.Application.Patients;
using Motus.Data;
using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Domain.Studies;
using Motus.Domain.Validation;
using Motus.Interop.Proact;

namespace Motus.Application.Import;

/// <summary>
/// Merges imported patient records into the database. Identical records are left alone; a record whose natural key
/// (e.g. the date of an ALSFRS-R rating) matches an existing record with different content is a revision, allowed
/// only with a reason; anything else is added. Nothing is ever removed by an import. New patients and records are
/// handed out by <see cref="TakeNew"/> for the bulk insert path; revisions go through the change tracker.
/// </summary>
internal sealed class ProactMerger(MotusDbContext db, Study study, Site site, DateOnly today, string? reason, bool studyIsNew = false)
{
    private const string DatabaseFile = "(database)";
    private readonly List<ImportError> _errors = [];
    private List<object> _new = [];

    public IReadOnlyList<ImportError> Errors => _errors;
    public int PatientsAdded { get; private set; }
    public int PatientsExisting { get; private set; }
    public int PatientsRevised { get; private set; }
    public int RecordsAdded { get; private set; }
    public int RecordsUnchanged { get; private set; }
    public int RecordsRevised { get; private set; }

    /// <summary>
    /// The patients and records this batch adds, parents first, for <see cref="MotusDbContext.InsertNewAsync"/>;
    /// revisions of existing records stay in the change tracker. Taking them starts the next batch's list.
    /// </summary>
    public IReadOnlyList<object> TakeNew()
    {
        var taken = _new;
        _new = [];
        return taken;
    }

    public async Task MergeAsync(IReadOnlyList<PatientRecord> imported, CancellationToken ct)
    {
        if (studyIsNew)
        {
            // A study this import created holds no patients yet: nothing to look up, every patient is new.
            foreach (var record in imported)
            {
                if (!TakeAsRead(record))
                {
                    AddNew(record);
                }
            }

            return;
        }

        var codes = imported.Select(p => p.Patient.Code).ToList();
        var deleted = await db.Patients.IgnoreQueryFilters()
            .Where(p => p.StudyId == study.Id && p.DeletedAt != null && codes.Contains(p.Code)).Select(p => p.Code).ToListAsync(ct);
        foreach (var code in deleted)
        {
            Error(code, "Patient", "IMP-DELETED", $"patient {code} was deleted from study {study.ProtocolId}; an import cannot bring it back");
        }

        var existing = (await PatientRecords.LoadAsync(db, db.Patients.Where(p => p.StudyId == study.Id && codes.Contains(p.Code)), ct: ct))
            .ToDictionary(r => r.Patient.Code, StringComparer.Ordinal);
        foreach (var record in imported.Where(r => !deleted.Contains(r.Patient.Code)))
        {
            if (existing.TryGetValue(record.Patient.Code, out var current))
            {
                PatientsExisting++;
                MergeExisting(record, current);
            }
            else
            {
                AddNew(record);
            }
        }
    }

    /// <summary>
    /// Takes a patient of a study this import created exactly as the reader built it, when it already belongs to this
    /// study and site: the reader created the patient and every record through the domain (each record's rules
    /// checked with the same date) and checked the cross-record rules on this very record, and the new study holds
    /// nothing else, so <see cref="AddNew"/> would only rebuild equal objects under new ids and find no violation.
    /// </summary>
    private bool TakeAsRead(PatientRecord imported)
    {
        var patient = imported.Patient;
        if (patient.StudyId != study.Id || patient.SiteId != site.Id || patient.IsDeleted
            || imported.AllRecords().Any(r => r.Record.PatientId != patient.Id || r.Record.IsDeleted))
        {
            return false;
        }

        _new.Add(patient);
        PatientsAdded++;
        foreach (var (_, record) in imported.AllRecords())
        {
            _new.Add(record);
            RecordsAdded++;
        }

        return true;
    }

    private void AddNew(PatientRecord imported)
    {
        var patient = Patient.Create(study.Id, site.Id, imported.Patient.Details, today).Value;
        _new.Add(patient);
        PatientsAdded++;
        var merged = Merge(imported, new PatientRecord { Patient = patient, Study = study });
        Check(merged);
    }

    private void MergeExisting(PatientRecord imported, PatientRecord current)
    {
        var patient = current.Patient;
        if (patient.Details != imported.Patient.Details)
        {
            if (RequireReason(patient.Code, "Patient", "patient details differ from the database"))
            {
                Collect(patient.Code, "Patient", patient.Revise(imported.Patient.Details, today));
                PatientsRevised++;
            }
        }

        Check(Merge(imported, current));
    }

    private PatientRecord Merge(PatientRecord imported, PatientRecord current)
    {
        var id = current.Patient.Id;
        var code = current.Patient.Code;
        return current with
        {
            Alsfrs = Kind(code, id, imported.Alsfrs, current.Alsfrs, (AlsfrsDetails d) => d.Date, AlsfrsAssessment.Create),
            VitalCapacity = Kind(code, id, imported.VitalCapacity, current.VitalCapacity, (VitalCapacityDetails d) => (d.Kind, d.Date), VitalCapacityTest.Create),
            Strength = Kind(code, id, imported.Strength, current.Strength, (StrengthDetails d) => (d.Date, d.Method, d.MuscleGroup, d.Side), StrengthMeasurement.Create),
            VitalSigns = Kind(code, id, imported.VitalSigns, current.VitalSigns, (VitalSignsDetails d) => d.Date, VitalSigns.Create),
            Alsaq = Kind(code, id, imported.Alsaq, current.Alsaq, (AlsaqDetails d) => (d.Date, d.Form), AlsaqAssessment.Create),
            Biomarkers = Kind(code, id, imported.Biomarkers, current.Biomarkers, (BiomarkerDetails d) => (d.Date, d.Analyte, d.Matrix), BiomarkerResult.Create),
            Administrations = Kind(code, id, imported.Administrations, current.Administrations, (AdministrationDetails d) => d.DoseNumber, Administration.Create),
            AdverseEvents = Kind(code, id, imported.AdverseEvents, current.AdverseEvents, (AdverseEventDetails d) => (d.OnsetDate, d.VerbatimTerm), AdverseEvent.Create),
            Medications = Kind(code, id, imported.Medications, current.Medications, (MedicationDetails d) => (d.Name, d.StartDate), ConcomitantMedication.Create),
            Events = Kind(code, id, imported.Events, current.Events, (ClinicalEventDetails d) => (d.Kind, d.Date), ClinicalEvent.Create),
        };
    }

    private List<TRecord> Kind<TRecord, TDetails, TKey>(
        string code, PatientId patientId, IReadOnlyList<TRecord> imported, IReadOnlyList<TRecord> current,
        Func<TDetails, TKey> key, Func<PatientId, TDetails, DateOnly, Validated<TRecord>> create)
        where TRecord : ClinicalRecord<TDetails>
        where TDetails : class, IRecordDetails
    {
        var result = current.ToList();
        var unmatched = current.Where(r => !r.IsDeleted).ToList();
        var pending = new List<TDetails>();
        foreach (var record in imported)
        {
            var same = unmatched.FindIndex(r => r.Details.Equals(record.Details));
            if (same >= 0)
            {
                unmatched.RemoveAt(same);
                RecordsUnchanged++;
            }
            else
            {
                pending.Add(record.Details);
            }
        }

        foreach (var details in pending)
        {
            var k = key(details);
            var sameKey = unmatched.Where(r => EqualityComparer<TKey>.Default.Equals(key(r.Details), k)).ToList();
            if (sameKey.Count == 1)
            {
                unmatched.Remove(sameKey[0]);
                if (RequireReason(code, typeof(TRecord).Name, $"{typeof(TRecord).Name} {k} differs from the database"))
                {
                    Collect(code, typeof(TRecord).Name, sameKey[0].Revise(details, today));
                    RecordsRevised++;
                }

                continue;
            }

            var created = create(patientId, details, today);
            if (Collect(code, typeof(TRecord).Name, created.Violations))
            {
                _new.Add(created.Value);
                result.Add(created.Value);
                RecordsAdded++;
            }
        }

        return result;
    }

    private void Check(PatientRecord merged) => Collect(merged.Patient.Code, "Patient", PatientRecordRules.Check(merged));

    private bool RequireReason(string code, string kind, string what)
    {
        if (!string.IsNullOrWhiteSpace(reason))
        {
            return true;
        }

        Error(code, kind, "IMP-REASON", $"patient {code}: {what}; re-run with --reason to revise existing data");
        return false;
    }

    private bool Collect(string code, string kind, IReadOnlyList<RuleViolation> violations)
    {
        foreach (var v in violations)
        {
            _errors.Add(new ImportError(DatabaseFile, 0, $"{kind}.{v.Field}", v.Value, v.RuleId, $"patient {code}: {v.Message} (with the records already in the database)"));
        }

        return violations.Count == 0;
    }

    private void Error(string code, string kind, string rule, string message) =>
        _errors.Add(new ImportError(DatabaseFile, 0, kind, code, rule, message));
}
