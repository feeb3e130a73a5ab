namespace Motus.Application.Records;

/// <summary>What became of an add, edit or delete.</summary>
public enum RecordWriteOutcome
{
    /// <summary>Saved, with its audit rows.</summary>
    Saved = 1,
    /// <summary>Refused: the entry breaks a rule or lacks a reason; see <see cref="RecordWriteResult.Errors"/>. Nothing was saved.</summary>
    Invalid = 2,
    /// <summary>No such patient or record at the caller's sites (also when it exists elsewhere, so that its existence does not leak).</summary>
    NotFound = 3,
    /// <summary>The record changed since the caller read it (its version moved on). Nothing was saved.</summary>
    Conflict = 4,
}

/// <summary>The outcome of a write: on success the record's id and its new version.</summary>
/// <param name="Outcome">Saved, invalid, not found or conflict.</param>
/// <param name="Id">The record's id (for an add: the new id; null when not found).</param>
/// <param name="Version">The record's version after the write (see <see cref="RecordVersion"/>); null unless saved.</param>
/// <param name="Errors">Every problem found, by field; empty unless invalid.</param>
public sealed record RecordWriteResult(RecordWriteOutcome Outcome, Guid? Id, long? Version, IReadOnlyList<FieldError> Errors)
{
    /// <summary>True when saved.</summary>
    public bool Succeeded => Outcome == RecordWriteOutcome.Saved;

    internal static RecordWriteResult Saved(Guid id, long version) => new(RecordWriteOutcome.Saved, id, version, []);
    internal static RecordWriteResult Invalid(IReadOnlyList<FieldError> errors, Guid? id = null) => new(RecordWriteOutcome.Invalid, id, null, errors);
    internal static RecordWriteResult NotFound(Guid? id = null) => new(RecordWriteOutcome.NotFound, id, null, []);
    internal static RecordWriteResult Conflict(Guid id, long current) => new(RecordWriteOutcome.Conflict, id, current,
        [new FieldError("", $"The record was changed by someone else since you opened it (now at version {current}). Reload it, check the changes and enter yours again.")]);
}
