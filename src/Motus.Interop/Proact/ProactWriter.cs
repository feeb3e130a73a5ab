using Motus.Domain.Records;
using Motus.Domain.Studies;
using Motus.Interop.Proact.Writing;

namespace Motus.Interop.Proact;

/// <summary>
/// Writes patients as PRO-ACT CSV forms that <see cref="ProactReader"/> reads back to the same data. Every form is
/// written (header only when it has no rows) under its <c>PROACT_&lt;FORM&gt;.csv</c> name, with the reader's columns in
/// the same order. Dates become day counts from <c>anchorDate</c>. Soft-deleted patients and records are left out.
/// </summary>
/// <remarks>
/// What PRO-ACT cannot hold is not written: strength, ALSAQ, biomarkers, cell-product administrations, events other
/// than death, and the adverse-event fields Motus adds (seriousness, relatedness, expectedness, administration).
/// See docs/interop-proact.md.
/// </remarks>
public static class ProactWriter
{
    /// <summary>Writes the forms into <paramref name="directory"/> (created when missing; files of the same names are replaced).</summary>
    /// <param name="directory">Target folder.</param>
    /// <param name="study">The patients' study; each patient must belong to it.</param>
    /// <param name="patients">The patients with their records, written in this order.</param>
    /// <param name="anchorDate">Day 0: each date is written as <c>date − anchorDate</c> in days. Pass the study's <see cref="Study.DateShiftAnchor"/> to reproduce an imported folder.</param>
    /// <exception cref="ArgumentException">A patient belongs to another study.</exception>
    public static void Write(string directory, Study study, IReadOnlyList<PatientRecord> patients, DateOnly anchorDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(patients);
        if (patients.FirstOrDefault(p => p.Patient.StudyId != study.Id) is { } stranger)
        {
            throw new ArgumentException($"Patient {stranger.Patient.Code} belongs to another study than {study.ProtocolId}.", nameof(patients));
        }

        Directory.CreateDirectory(directory);
        var current = patients.Where(p => !p.Patient.IsDeleted).ToList();
        var delta = new DeltaWriter(anchorDate);
        PatientFormsWriter.Write(directory, current, delta);
        AssessmentFormsWriter.Write(directory, current, delta);
        SafetyFormsWriter.Write(directory, current, delta);
    }
}
