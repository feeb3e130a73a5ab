using System.Reflection;
using System.Text.RegularExpressions;

namespace Motus.Domain.Tests.Validation;

public sealed partial class DomainRulesTests
{
    [Fact]
    public void All_EveryPublicRuleField_IsListed()
    {
        // Arrange
        var fields = typeof(DomainRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DomainRule))
            .Select(f => (DomainRule)f.GetValue(null)!);

        // Act
        var all = DomainRules.All;

        // Assert
        Assert.Equal(fields.Select(r => r.Id).Order(StringComparer.Ordinal), all.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.NotEmpty(all);
    }

    [Fact]
    public void All_RuleIds_AreUnique()
    {
        // Act
        var duplicates = DomainRules.All.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key);

        // Assert
        Assert.Empty(duplicates);
    }

    [Fact]
    public void All_RuleIds_AreUpperCasePrefixDashTwoDigits()
    {
        // Act
        var malformed = DomainRules.All.Select(r => r.Id).Where(id => !IdPattern().IsMatch(id));

        // Assert
        Assert.Empty(malformed);
    }

    [Fact]
    public void All_Descriptions_ArePresentAndFollowFieldEqualsValue()
    {
        // Act: a description completes "Field = value: …", so it starts in lower case and has no final full stop.
        var bad = DomainRules.All.Where(r => string.IsNullOrWhiteSpace(r.Description) || !char.IsLower(r.Description[0]) || r.Description.EndsWith('.'));

        // Assert
        Assert.Empty(bad);
    }

    [Fact]
    public void EarliestDate_Is1900January1()
    {
        // Act
        var earliest = DomainRules.EarliestDate;

        // Assert
        Assert.Equal(new DateOnly(1900, 1, 1), earliest);
    }

    [GeneratedRegex(@"^[A-Z]+-\d{2}\z")]
    private static partial Regex IdPattern();
}
