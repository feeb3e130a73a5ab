namespace Motus.Interop.Proact;

/// <summary>
/// Ids of the format-level rules of a PRO-ACT import (<c>IMP-…</c>). Rules about the content of a record keep their
/// domain id (e.g. <c>ALSFRS-02</c>, see <c>Motus.Domain.Validation.DomainRules</c>). Ids are stable: reports,
/// documentation (docs/interop-proact.md) and tests refer to them.
/// </summary>
public static class ImportRuleIds
{
    /// <summary>The folder does not exist.</summary>
    public const string Directory = "IMP-DIRECTORY";
    /// <summary>A required form (Demographics) is missing from the folder.</summary>
    public const string FileMissing = "IMP-FILE-MISSING";
    /// <summary>The same form is present twice (e.g. under its 2016 name and its <c>PROACT_</c> name).</summary>
    public const string FileDuplicate = "IMP-FILE-DUPLICATE";
    /// <summary>A file could not be read (locked, removed while reading…).</summary>
    public const string Io = "IMP-IO";
    /// <summary>The file is empty (0 bytes) or has no header line. A header-only file is fine.</summary>
    public const string Empty = "IMP-EMPTY";
    /// <summary>Bytes that are not valid UTF-8.</summary>
    public const string Encoding = "IMP-ENCODING";
    /// <summary>The header has no comma but a semicolon or tab: PRO-ACT files are comma-separated.</summary>
    public const string Delimiter = "IMP-DELIMITER";
    /// <summary>A row has fewer or more fields than the header, or ends inside a quoted field.</summary>
    public const string Truncated = "IMP-TRUNCATED";
    /// <summary>A column the form needs is absent from the header.</summary>
    public const string ColumnMissing = "IMP-COLUMN-MISSING";
    /// <summary>The header names a column the form does not have.</summary>
    public const string ColumnUnknown = "IMP-COLUMN-UNKNOWN";
    /// <summary>The header names a column twice.</summary>
    public const string ColumnDuplicate = "IMP-COLUMN-DUPLICATE";
    /// <summary>A cell is not an invariant-culture number, or not a whole number where one is needed.</summary>
    public const string Number = "IMP-NUMBER";
    /// <summary>A coded cell holds a value outside the accepted vocabulary (e.g. <c>Sex = Robot</c>).</summary>
    public const string Code = "IMP-CODE";
    /// <summary>A cell the row needs is empty (e.g. <c>ALSFRS_Delta</c>, or <c>Death_Days</c> when <c>Subject_Died = Yes</c>).</summary>
    public const string Required = "IMP-REQUIRED";
    /// <summary>A row repeats the key of an earlier row (e.g. the same subject and <c>ALSFRS_Delta</c>).</summary>
    public const string DuplicateRow = "IMP-DUPLICATE-ROW";
    /// <summary>Two rows of a per-patient form give different values for the same fact.</summary>
    public const string Conflict = "IMP-CONFLICT";
    /// <summary>A subject appears in a form but not in Demographics.</summary>
    public const string Orphan = "IMP-ORPHAN";
    /// <summary><c>subject_id</c> is empty or not a valid code (1–40 letters, digits, '.', '_' or '-').</summary>
    public const string Subject = "IMP-SUBJECT";
    /// <summary>An import option (study name, protocol id, site code) is invalid.</summary>
    public const string Options = "IMP-OPTIONS";
    /// <summary>The error list was cut at <see cref="ProactReader.MaxErrors"/>; this entry counts the rest.</summary>
    public const string TooManyErrors = "IMP-LIMIT";
}
