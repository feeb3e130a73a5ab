namespace Motus.Application.Records;

/// <summary>One problem with an entry, addressed to the field it is about (empty field: the record as a whole).</summary>
/// <param name="Field">The input field, e.g. <c>Q5bCuttingGastrostomy</c>, <c>Reason</c>; empty for a record-level problem.</param>
/// <param name="Message">A sentence the user can act on.</param>
/// <param name="RuleId">The domain rule broken (e.g. <c>ALSFRS-04</c>), when the problem comes from one.</param>
public sealed record FieldError(string Field, string Message, string? RuleId = null);
