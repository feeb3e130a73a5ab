using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;

namespace Motus.Interop.Proact.Mapping;

/// <summary>Turns a domain rule violation into an import error at the cell the field came from.</summary>
internal static class ViolationReport
{
    /// <summary>
    /// Adds the violation as an error at <paramref name="cell"/>; a date in a delta column is shown as the file holds
    /// it, days from the anchor, and the message names the cell.
    /// </summary>
    public static void Add(ImportContext ctx, RuleViolation violation, SourceCell cell)
    {
        var value = ctx.FileValue(violation.Value, cell.IsDelta);
        var message = value != violation.Value ? $"{violation.Message} ({cell.Column} = {value})" : violation.Message;
        ctx.Errors.Add(cell.File, cell.Line, cell.Column, value, violation.RuleId, message);
    }
}
