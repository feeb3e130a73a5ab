namespace Motus.Analysis.Evidence;

/// <summary>Collects errors for one file and checks the rules shared by every field (status ⇔ value, source key known).</summary>
internal sealed class FieldChecker(string file, IReadOnlyDictionary<string, string> sources, List<EvidenceError> errors)
{
    public void Fail(string field, string rule, string message) => errors.Add(new EvidenceError(file, field, rule, message));

    /// <summary>Checks status ⇔ value and the source key; returns true when the field has a value.</summary>
    public bool Field<T>(string name, EvidenceField<T>? field)
    {
        if (field is null)
        {
            Fail(name, EvidenceRules.Json, "the field is absent; write {\"status\": \"missing\", \"source\": …} when the reference does not give it");
            return false;
        }

        var hasValue = field.Value is not null;
        if (field.Status == EvidenceStatus.Missing && hasValue)
        {
            Fail(name, EvidenceRules.StatusValue, "status is 'missing' but a value is given");
        }
        else if (field.Status != EvidenceStatus.Missing && !hasValue)
        {
            Fail(name, EvidenceRules.StatusValue, $"status is '{field.Status.ToString().ToLowerInvariant()}' but no value is given");
        }

        Source(name, field.Source);
        return hasValue && field.Status != EvidenceStatus.Missing;
    }

    public void Source(string name, string? key)
    {
        if (key is null || !sources.ContainsKey(key))
        {
            Fail(name + ".source", EvidenceRules.SourceKnown, $"source '{key}' is not a key of this file's sources");
        }
    }

    public void Code(string name, string? code, IReadOnlyList<string> vocabulary)
    {
        if (code is null || !vocabulary.Contains(code))
        {
            Fail(name, EvidenceRules.Vocabulary, $"'{code}' is not one of: {string.Join(", ", vocabulary)}");
        }
    }

    public void AtLeastOne(string name, int? n)
    {
        if (n is < 1)
        {
            Fail(name, EvidenceRules.CountPositive, $"n = {n}: a patient count must be at least 1");
        }
    }

    public void Year(string name, int? year, int maxYear)
    {
        if (year is { } y && (y < EvidenceValidator.MinYear || y > maxYear))
        {
            Fail(name, EvidenceRules.YearPlausible, $"year {y} is outside {EvidenceValidator.MinYear}–{maxYear}");
        }
    }

    public void Probability(string name, double? p)
    {
        if (p is { } v && !(v >= 0 && v <= 1))
        {
            Fail(name, EvidenceRules.IntervalSane, $"{v} is not in [0, 1]");
        }
    }

    public void Interval(string name, double? estimate, double? lower, double? upper, double? level)
    {
        if ((lower is null) != (upper is null))
        {
            Fail(name, EvidenceRules.IntervalSane, "give both confidence bounds or neither");
        }
        else if (lower is { } lo && upper is { } hi && (lo > hi || (estimate is { } e && (e < lo || e > hi))))
        {
            Fail(name, EvidenceRules.IntervalSane, $"interval [{lo}, {hi}] does not bracket the estimate {estimate}");
        }

        if (level is { } l && !(l > 0 && l < 1))
        {
            Fail(name + "Level", EvidenceRules.IntervalSane, $"confidence level {l} is not strictly between 0 and 1");
        }
        else if (lower is not null && level is null)
        {
            Fail(name + "Level", EvidenceRules.IntervalSane, "confidence bounds need their level (e.g. 0.95)");
        }
    }
}
