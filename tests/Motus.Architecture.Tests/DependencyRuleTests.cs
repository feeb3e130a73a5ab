namespace Motus.Architecture.Tests;

public sealed class DependencyRuleTests
{
    [Fact]
    public void AllowedProjectReferences_EveryAllowedLayer_AllowsNothingItsReferrerMayNotUse()
    {
        // Checking direct references is enough only if the table is closed under "may use":
        // when A may reference B, everything B may reference A may reference too.
        var table = DependencyRule.AllowedProjectReferences;
        var leaks = new List<string>();

        foreach (var (project, allowed) in table)
        {
            foreach (var layer in allowed)
            {
                if (table.TryGetValue(layer, out var ofLayer))
                {
                    leaks.AddRange(ofLayer.Where(x => !allowed.Contains(x)).Select(x => $"{project} -> {layer} -> {x}"));
                }
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public void AllowedProjectReferences_EveryAllowedLayer_IsItselfInTheTable()
    {
        var table = DependencyRule.AllowedProjectReferences;

        var unknown = table.Values.SelectMany(v => v).Where(layer => !table.ContainsKey(layer)).Distinct().ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void AllowedProjectReferences_AnyProject_NeverAllowsItself()
    {
        var selfReferencing = DependencyRule.AllowedProjectReferences
            .Where(kv => kv.Value.Contains(kv.Key))
            .Select(kv => kv.Key)
            .ToList();

        Assert.Empty(selfReferencing);
    }
}
