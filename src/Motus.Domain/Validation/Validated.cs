namespace Motus.Domain.Validation;

/// <summary>
/// The outcome of creating or revising a domain object: either the value, or every rule it broke.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
public sealed class Validated<T>
    where T : class
{
    private readonly T? _value;

    private Validated(T? value, IReadOnlyList<RuleViolation> violations)
    {
        _value = value;
        Violations = violations;
    }

    /// <summary>Every rule broken; empty on success.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>True when no rule was broken.</summary>
    public bool IsValid => Violations.Count == 0;

    /// <summary>The value; throws <see cref="DomainValidationException"/> when invalid.</summary>
    public T Value => _value ?? throw new DomainValidationException(Violations);

    /// <summary>A successful result.</summary>
    public static Validated<T> Success(T value) => new(value, []);

    /// <summary>A failed result; <paramref name="violations"/> must not be empty.</summary>
    public static Validated<T> Failure(IReadOnlyList<RuleViolation> violations)
    {
        ArgumentOutOfRangeException.ThrowIfZero(violations.Count);
        return new(null, violations);
    }

    /// <summary>Success when <paramref name="violations"/> is empty, else failure; <paramref name="create"/> runs only on success.</summary>
    public static Validated<T> From(IReadOnlyList<RuleViolation> violations, Func<T> create) =>
        violations.Count == 0 ? Success(create()) : Failure(violations);
}
