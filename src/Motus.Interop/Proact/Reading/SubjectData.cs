using Motus.Domain.Common;
using Motus.Domain.Patients;

namespace Motus.Interop.Proact.Reading;

/// <summary>
/// Everything read about one Demographics subject: the patient's details as assembled from the per-patient forms,
/// the cell each detail came from, the created patient and the records created from the other forms.
/// </summary>
internal sealed class SubjectData(string code, SourceCell origin)
{
    private readonly PatientId _placeholderId = PatientId.New();

    public string Code { get; } = code;

    /// <summary>The subject's Demographics row (its <c>subject_id</c> cell).</summary>
    public SourceCell Origin { get; } = origin;

    public PatientDetails Details { get; set; } = new() { Code = code };

    /// <summary>The cell each <see cref="PatientDetails"/> property came from, by property name.</summary>
    public Dictionary<string, SourceCell> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>The patient, once created; null before or when its details broke a rule.</summary>
    public Patient? Patient { get; set; }

    /// <summary>The patient's id, or a placeholder so that records of an invalid patient are still checked.</summary>
    public PatientId PatientId => Patient?.Id ?? _placeholderId;

    public List<ImportedRecord> Records { get; } = [];

    /// <summary>The cell a patient detail came from; the Demographics row when unknown.</summary>
    public SourceCell SourceOf(string field) => Sources.TryGetValue(field, out var cell) ? cell : Origin with { Column = null, IsDelta = false };
}
