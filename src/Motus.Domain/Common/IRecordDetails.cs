using Motus.Domain.Validation;

namespace Motus.Domain.Common;

/// <summary>The editable content of a clinical record, validated as one value.</summary>
public interface IRecordDetails
{
    /// <summary>Checks the record's own rules (not those that need other records; see <c>PatientRecordRules</c>).</summary>
    /// <param name="today">Today's date, for rule GEN-01.</param>
    IReadOnlyList<RuleViolation> Validate(DateOnly today);

    /// <summary>The record's dates with their field names (for cross-record rules such as XR-01).</summary>
    IEnumerable<(DateOnly? Date, string Field)> Dates();
}
