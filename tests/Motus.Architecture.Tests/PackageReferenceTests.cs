using System.Xml.Linq;

namespace Motus.Architecture.Tests;

public sealed class PackageReferenceTests
{
    [Theory]
    [MemberData(nameof(ProjectData.SrcProjects), MemberType = typeof(ProjectData))]
    public void PackageReferences_SrcProject_UseOnlyPackagesAllowedForItsLayer(string project)
    {
        if (!DependencyRule.AllowedPackages.TryGetValue(project, out var allowed))
        {
            return; // Unrestricted layer: any package declared in Directory.Packages.props.
        }

        var file = RepositoryLayout.LoadSrcProject(project);

        var forbidden = file.PackageReferences
            .Select(p => p.Name)
            .Where(name => !allowed.Contains(name, StringComparer.OrdinalIgnoreCase))
            .ToList();

        Assert.True(
            forbidden.Count == 0,
            $"{project} references packages {string.Join(", ", forbidden)}; it may reference only: "
            + (allowed.Count == 0 ? "none (BCL only)" : string.Join(", ", allowed)) + ".");
    }

    [Theory]
    [MemberData(nameof(ProjectData.AllProjects), MemberType = typeof(ProjectData))]
    public void PackageReferences_AnyProject_CarryNoVersion(string project)
    {
        var file = RepositoryLayout.LoadAnyProject(project);

        var versioned = file.PackageReferences.Where(p => p.HasVersion).Select(p => p.Name).ToList();

        Assert.True(
            versioned.Count == 0,
            $"{project} sets a Version on {string.Join(", ", versioned)}; versions live in Directory.Packages.props.");
    }

    [Theory]
    [MemberData(nameof(ProjectData.AllProjects), MemberType = typeof(ProjectData))]
    public void PackageReferences_AnyProject_AreDeclaredInDirectoryPackagesProps(string project)
    {
        var declared = DeclaredPackages();
        var file = RepositoryLayout.LoadAnyProject(project);

        var undeclared = file.PackageReferences.Select(p => p.Name).Where(name => !declared.Contains(name)).ToList();

        Assert.True(
            undeclared.Count == 0,
            $"{project} uses {string.Join(", ", undeclared)}, not declared as PackageVersion in Directory.Packages.props.");
    }

    [Fact]
    public void DirectoryPackagesProps_AtRoot_EnablesCentralPackageManagement()
    {
        var document = XDocument.Load(Path.Combine(RepositoryLayout.Root, "Directory.Packages.props"));

        var enabled = document.Descendants()
            .Where(e => e.Name.LocalName == "ManagePackageVersionsCentrally")
            .Any(e => string.Equals(e.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase));

        Assert.True(enabled, "Directory.Packages.props must set ManagePackageVersionsCentrally to true.");
    }

    private static HashSet<string> DeclaredPackages()
    {
        var document = XDocument.Load(Path.Combine(RepositoryLayout.Root, "Directory.Packages.props"));
        return document.Descendants()
            .Where(e => e.Name.LocalName is "PackageVersion" or "GlobalPackageReference")
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .Where(name => name.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
