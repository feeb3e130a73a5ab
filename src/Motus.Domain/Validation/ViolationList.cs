using System.Globalization;

namespace Motus.Domain.Validation;

/// <summary>
/// Collects violations while a set of rules is checked, so that a caller gets all of them, not only the first.
/// </summary>
public sealed class ViolationList
{
    private readonly List<RuleViolation> _items = [];

    /// <summary>The violations collected so far.</summary>
    public IReadOnlyList<RuleViolation> Items => _items;

    /// <summary>Adds a violation of <paramref name="rule"/> when <paramref name="broken"/> is true.</summary>
    /// <returns><paramref name="broken"/>, so checks can be chained.</returns>
    public bool When(bool broken, DomainRule rule, string field, object? value, string? detail = null)
    {
        if (broken)
        {
            Add(rule, field, value, detail);
        }

        return broken;
    }

    /// <summary>Adds a violation of <paramref name="rule"/>.</summary>
    public void Add(DomainRule rule, string field, object? value, string? detail = null)
    {
        var text = Format(value);
        var message = $"{field} = {text ?? "(missing)"}: {rule.Description}{(detail is null ? "" : $" ({detail})")}.";
        _items.Add(new RuleViolation(rule.Id, field, text, message));
    }

    /// <summary>Adds violations found elsewhere.</summary>
    public void AddRange(IEnumerable<RuleViolation> violations) => _items.AddRange(violations);

    /// <summary>Checks that an optional date is not after <paramref name="today"/> (rule GEN-01).</summary>
    public void NotInFuture(DateOnly? date, DateOnly today, string field) =>
        When(date is { } d && d > today, DomainRules.NoFutureDates, field, date, $"today is {today:yyyy-MM-dd}");

    /// <summary>Checks that an optional date is not before 1900-01-01 (rule GEN-02).</summary>
    public void NotAncient(DateOnly? date, string field) =>
        When(date is { } d && d < DomainRules.EarliestDate, DomainRules.NoAncientDates, field, date);

    /// <summary>Checks that a required text is present and at most <paramref name="maxLength"/> characters (GEN-03, GEN-04).</summary>
    public void RequiredText(string? text, string field, int maxLength)
    {
        if (!When(string.IsNullOrWhiteSpace(text), DomainRules.RequiredText, field, text))
        {
            OptionalText(text, field, maxLength);
        }
    }

    /// <summary>Checks that an optional text is at most <paramref name="maxLength"/> characters (GEN-04).</summary>
    public void OptionalText(string? text, string field, int maxLength) =>
        When(text is not null && text.Length > maxLength, DomainRules.TextTooLong, field, text, $"at most {maxLength} characters");

    /// <summary>Checks that <paramref name="later"/> is on or after <paramref name="earlier"/> when both are known.</summary>
    public void Ordered(DateOnly? earlier, string earlierField, DateOnly? later, string laterField, DomainRule rule) =>
        When(earlier is { } a && later is { } b && b < a, rule, laterField, later, $"{earlierField} is {earlier:yyyy-MM-dd}");

    /// <summary>Checks that an enum value is one of the defined members (GEN-05).</summary>
    public void Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        When(!Enum.IsDefined(value), DomainRules.UndefinedCode, field, value);

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
