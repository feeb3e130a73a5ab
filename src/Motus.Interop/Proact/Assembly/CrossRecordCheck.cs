using System.Globalization;
using Motus.Domain.Assessments;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Domain.Studies;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Mapping;
using Motus.Interop.Proact.Reading;

namespace Motus.Interop.Proact.Assembly;

/// <summary>
/// Builds each patient's <see cref="PatientRecord"/> and checks the cross-record rules on it. A violation names a
/// field as <c>Kind.Field</c> and its value but not the record, so the record is found again by kind, field and
/// value (a date), taking each record once per field.
/// </summary>
internal static class CrossRecordCheck
{
    /// <summary>
    /// The record of every subject whose patient was created, in Demographics order. Patients are checked in
    /// parallel, in contiguous parts whose errors are taken in order, so the errors are those of a check one by one.
    /// </summary>
    public static List<PatientRecord> BuildAll(ImportContext ctx, Study study)
    {
        var subjects = ctx.Subjects.All;
        var built = new PatientRecord?[subjects.Count];
        var parts = Math.Max(1, Math.Min(subjects.Count / 256, Environment.ProcessorCount * 4));
        var size = (subjects.Count + parts - 1) / parts;
        var contexts = Enumerable.Range(0, parts).Select(_ => ctx.Branch()).ToArray();
        ParallelWork.Run(Enumerable.Range(0, parts), p =>
        {
            for (var i = p * size; i < Math.Min(subjects.Count, (p + 1) * size); i++)
            {
                built[i] = Build(contexts[p], subjects[i], study);
            }
        }, ctx.CancellationToken);
        foreach (var part in contexts)
        {
            ctx.Absorb(part);
        }

        return [.. built.OfType<PatientRecord>()];
    }

    private static PatientRecord? Build(ImportContext ctx, SubjectData subject, Study study)
    {
        if (subject.Patient is not { } patient)
        {
            return null;
        }

        var all = subject.Records.Select(r => r.Record).ToList();
        var record = new PatientRecord
        {
            Patient = patient,
            Study = study,
            Alsfrs = all.OfType<AlsfrsAssessment>().ToList(),
            VitalCapacity = all.OfType<VitalCapacityTest>().ToList(),
            VitalSigns = all.OfType<VitalSigns>().ToList(),
            AdverseEvents = all.OfType<AdverseEvent>().ToList(),
            Medications = all.OfType<ConcomitantMedication>().ToList(),
            Events = all.OfType<ClinicalEvent>().ToList(),
        };
        var used = new HashSet<(ImportedRecord, string)>();
        foreach (var violation in PatientRecordRules.Check(record))
        {
            ViolationReport.Add(ctx, violation, Locate(subject, violation, used));
        }

        return record;
    }

    private static SourceCell Locate(SubjectData subject, RuleViolation violation, HashSet<(ImportedRecord, string)> used)
    {
        var dot = violation.Field.IndexOf('.', StringComparison.Ordinal);
        var (kind, field) = dot < 0 ? ("", violation.Field) : (violation.Field[..dot], violation.Field[(dot + 1)..]);
        if (kind == "Patient")
        {
            return subject.SourceOf(field);
        }

        var candidates = subject.Records.Where(r => r.Kind == kind && !used.Contains((r, field))).ToList();
        ImportedRecord? match = null;
        if (DateOnly.TryParseExact(violation.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            match = candidates.Find(r => r.Record.Content.Dates().Any(d => d.Field == field && d.Date == date));
        }
        else if (violation.RuleId == DomainRules.SingleDeath.Id)
        {
            // EVT-03 names the second and later deaths; the first stays unreported.
            match = candidates.Where(r => r.Record.Content is ClinicalEventDetails { Kind: ClinicalEventKind.Death }).Skip(1).FirstOrDefault();
        }

        match ??= candidates.FirstOrDefault();
        if (match is null)
        {
            return subject.SourceOf("");
        }

        used.Add((match, field));
        return match.CellOf(field);
    }
}
