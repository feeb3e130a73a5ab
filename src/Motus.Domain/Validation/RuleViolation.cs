namespace Motus.Domain.Validation;

/// <summary>
/// One broken rule: which rule, on which field, with which value, and a sentence a coordinator can act on.
/// </summary>
/// <param name="RuleId">Stable identifier from <see cref="DomainRules"/>, e.g. <c>ALSFRS-03</c>.</param>
/// <param name="Field">The field the rule is about, as named in the domain model (e.g. <c>Q5b</c>).</param>
/// <param name="Value">The offending value as text, or <see langword="null"/> when the value is missing.</param>
/// <param name="Message">A complete sentence naming the field and the value.</param>
public sealed record RuleViolation(string RuleId, string Field, string? Value, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"[{RuleId}] {Field}: {Message}";
}
