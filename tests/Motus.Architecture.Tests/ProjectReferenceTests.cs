namespace Motus.Architecture.Tests;

public sealed class ProjectReferenceTests
{
    [Fact]
    public void SrcProjectNames_InRepository_IncludeDomain()
    {
        // Guards the theories below against passing vacuously when the src folder is not found.
        var names = RepositoryLayout.SrcProjectNames();

        Assert.Contains("Motus.Domain", names);
    }

    [Theory]
    [MemberData(nameof(ProjectData.SrcProjects), MemberType = typeof(ProjectData))]
    public void RuleTable_SrcProject_HasAnEntry(string project)
    {
        var known = DependencyRule.AllowedProjectReferences.ContainsKey(project);

        Assert.True(
            known,
            $"{project} is not in the dependency rule table (DependencyRule.AllowedProjectReferences). "
            + "Decide which layers it may reference, add it there and to docs/architecture.md.");
    }

    [Theory]
    [MemberData(nameof(ProjectData.SrcProjects), MemberType = typeof(ProjectData))]
    public void ProjectReferences_SrcProject_StayWithinAllowedLayers(string project)
    {
        Assert.True(
            DependencyRule.AllowedProjectReferences.TryGetValue(project, out var allowed),
            $"{project} is not in the dependency rule table.");
        var file = RepositoryLayout.LoadSrcProject(project);

        var forbidden = file.ProjectReferences
            .Select(r => r.TargetName)
            .Where(target => !allowed.Contains(target))
            .ToList();

        Assert.True(
            forbidden.Count == 0,
            $"{project} references {string.Join(", ", forbidden)}; it may reference only: "
            + (allowed.Count == 0 ? "nothing" : string.Join(", ", allowed.Order(StringComparer.Ordinal))) + ".");
    }

    [Theory]
    [MemberData(nameof(ProjectData.SrcProjects), MemberType = typeof(ProjectData))]
    public void ProjectReferences_SrcProject_NeverPointToTestProjects(string project)
    {
        var file = RepositoryLayout.LoadSrcProject(project);

        var testReferences = file.ProjectReferences
            .Where(r => r.PointsToTestProject(RepositoryLayout.TestsDirectory))
            .Select(r => r.Include)
            .ToList();

        Assert.True(testReferences.Count == 0, $"{project} references test code: {string.Join(", ", testReferences)}.");
    }
}
