namespace Motus.Domain.Tests;

/// <summary>Assertions on rule violations by stable rule id (a literal such as <c>"PAT-03"</c>, so an id change fails a test).</summary>
internal static class ViolationAssert
{
    /// <summary>Asserts exactly one violation, of <paramref name="ruleId"/> on <paramref name="field"/>, and returns it.</summary>
    public static RuleViolation Single(IReadOnlyList<RuleViolation> violations, string ruleId, string field)
    {
        var violation = Assert.Single(violations);
        Assert.Equal(ruleId, violation.RuleId);
        Assert.Equal(field, violation.Field);
        return violation;
    }

    /// <summary>Asserts that some violation is of <paramref name="ruleId"/> on <paramref name="field"/>, and returns it.</summary>
    public static RuleViolation Contains(IReadOnlyList<RuleViolation> violations, string ruleId, string field) =>
        Assert.Single(violations, v => v.RuleId == ruleId && v.Field == field);

    /// <summary>The violations as <c>RuleId Field</c> pairs, for comparing a whole list at once.</summary>
    public static IEnumerable<(string RuleId, string Field)> Pairs(IReadOnlyList<RuleViolation> violations) =>
        violations.Select(v => (v.RuleId, v.Field));
}
