using Motus.Application.Records;

namespace Motus.Application.Patients;

/// <summary>The outcome of registering or editing a patient.</summary>
/// <param name="Outcome">Saved, invalid, not found or conflict (as for records).</param>
/// <param name="Code">The patient's code (on success; the code asked for otherwise).</param>
/// <param name="Version">The patient's version after the write (the sequence of its newest audit row), or the current version on a conflict.</param>
/// <param name="Errors">Every problem found, by field of <see cref="PatientInput"/> (empty field: the patient as a whole); empty unless invalid or conflict.</param>
public sealed record PatientWriteResult(RecordWriteOutcome Outcome, string? Code, long? Version, IReadOnlyList<FieldError> Errors)
{
    /// <summary>True when saved.</summary>
    public bool Succeeded => Outcome == RecordWriteOutcome.Saved;

    internal static PatientWriteResult Saved(string code, long version) => new(RecordWriteOutcome.Saved, code, version, []);
    internal static PatientWriteResult Invalid(IReadOnlyList<FieldError> errors, string? code = null) => new(RecordWriteOutcome.Invalid, code, null, errors);
    internal static PatientWriteResult NotFound(string? code = null) => new(RecordWriteOutcome.NotFound, code, null, []);
    internal static PatientWriteResult Conflict(string code, long current) => new(RecordWriteOutcome.Conflict, code, current,
        [new FieldError("", $"Patient {code} was changed by someone else since you opened it (now at version {current}). Reload, check the changes and enter yours again.")]);
}

/// <summary>A patient as the edit form shows it.</summary>
/// <param name="Details">The stored facts as form fields (site by code).</param>
/// <param name="Version">The version read (send it back as the expected version).</param>
public sealed record PatientForEdit(PatientInput Details, long Version);

/// <summary>What the registration and edit forms offer for a study: the caller's sites in it and its arms.</summary>
/// <param name="Study">Protocol id.</param>
/// <param name="DatesShifted">True when the study's dates are shifted day counts (PRO-ACT), not calendar dates.</param>
/// <param name="Sites">The caller's sites in the study (code, name).</param>
/// <param name="Arms">The study's arms (code, name).</param>
public sealed record PatientFormChoices(string Study, bool DatesShifted, IReadOnlyList<(string Code, string Name)> Sites, IReadOnlyList<(string Code, string Name)> Arms);
