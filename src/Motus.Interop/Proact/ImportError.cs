namespace Motus.Interop.Proact;

/// <summary>
/// One problem found while reading a PRO-ACT folder, located in the file so that a data manager can fix it.
/// </summary>
/// <param name="File">File name (without folder), e.g. <c>PROACT_ALSFRS.csv</c>; empty for problems with the import options.</param>
/// <param name="Line">1-based physical line in the file (the header is line 1); 0 when the error is about the file as a whole.</param>
/// <param name="Column">The column, as named in the form; null when the error is about a whole row or file.</param>
/// <param name="Value">
/// The offending value: the cell as written for format errors; for domain rules the value checked, written back as
/// days from the anchor for date fields (as in the delta column) and otherwise as the domain holds it (after unit
/// conversion); null when missing.
/// </param>
/// <param name="RuleId">An <see cref="ImportRuleIds"/> id (<c>IMP-…</c>) or a domain rule id (e.g. <c>ALSFRS-02</c>).</param>
/// <param name="Message">A sentence saying what is wrong.</param>
public sealed record ImportError(string File, int Line, string? Column, string? Value, string RuleId, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{(File.Length == 0 ? "(options)" : File)}:{Line}{(Column is null ? "" : $" {Column}")} [{RuleId}] {Message}";
}
