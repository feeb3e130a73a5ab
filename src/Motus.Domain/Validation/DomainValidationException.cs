namespace Motus.Domain.Validation;

/// <summary>
/// Thrown when code that should already have validated its input (a broken contract) hands the domain an invalid
/// value. Expected failures (user input, imports) use <see cref="Validated{T}"/> instead.
/// </summary>
public sealed class DomainValidationException : Exception
{
    /// <summary>Creates the exception from the violations found.</summary>
    public DomainValidationException(IReadOnlyList<RuleViolation> violations)
        : base(Describe(violations))
    {
        Violations = violations;
    }

    /// <summary>Creates an exception with a message only (no violations).</summary>
    public DomainValidationException() : this([]) { }

    /// <summary>Creates an exception with a message only (no violations).</summary>
    public DomainValidationException(string message) : base(message) => Violations = [];

    /// <summary>Creates an exception wrapping another one.</summary>
    public DomainValidationException(string message, Exception innerException) : base(message, innerException) => Violations = [];

    /// <summary>Every violation found, in the order the rules were checked.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    private static string Describe(IReadOnlyList<RuleViolation> violations) =>
        violations.Count == 0 ? "Validation failed." : string.Join(Environment.NewLine, violations);
}
