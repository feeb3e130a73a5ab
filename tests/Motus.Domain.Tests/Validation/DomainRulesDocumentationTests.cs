using System.Text.RegularExpressions;

namespace Motus.Domain.Tests.Validation;

/// <summary>Keeps <c>docs/domain-rules.md</c> and <see cref="DomainRules"/> in step, in both directions.</summary>
public sealed partial class DomainRulesDocumentationTests
{
    [Fact]
    public void DomainRulesDoc_EveryRule_HasATableRow()
    {
        // Arrange
        var documented = DocumentedIds();

        // Act
        var missing = DomainRules.All.Select(r => r.Id).Where(id => !documented.Contains(id));

        // Assert
        Assert.Empty(missing);
    }

    [Fact]
    public void DomainRulesDoc_EveryTableRow_IsAKnownRule()
    {
        // Arrange
        var known = DomainRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        // Act
        var stale = DocumentedIds().Where(id => !known.Contains(id));

        // Assert
        Assert.Empty(stale);
    }

    [Fact]
    public void DomainRulesDoc_EachRule_HasOneRowOnly()
    {
        // Act
        var rows = RowIds().GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key);

        // Assert
        Assert.Empty(rows);
    }

    private static HashSet<string> DocumentedIds() => RowIds().ToHashSet(StringComparer.Ordinal);

    /// <summary>The id at the start of each table row's first cell, e.g. <c>| `PAT-03` | …</c> or <c>| `PAT-08` ⇄ | …</c>.</summary>
    private static List<string> RowIds() =>
        RowId().Matches(File.ReadAllText(Path.Combine(Motus.Testing.RepoPaths.Root(), "docs", "domain-rules.md"))).Select(m => m.Groups["id"].Value).ToList();


    [GeneratedRegex(@"^\|\s*`?(?<id>[A-Z]+-\d{2})`?[^|\n]*\|", RegexOptions.Multiline)]
    private static partial Regex RowId();
}
