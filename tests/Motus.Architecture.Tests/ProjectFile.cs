using System.Xml.Linq;

namespace Motus.Architecture.Tests;

/// <summary>The parts of a .csproj that the rules look at.</summary>
public sealed record ProjectFile(
    string Name,
    string FullPath,
    IReadOnlyList<ProjectReferenceItem> ProjectReferences,
    IReadOnlyList<PackageReferenceItem> PackageReferences)
{
    public static ProjectFile Load(string fullPath)
    {
        var document = XDocument.Load(fullPath);
        var directory = Path.GetDirectoryName(fullPath)!;

        var projectReferences = Items(document, "ProjectReference")
            .Select(e => ProjectReferenceItem.From(directory, Include(e)))
            .ToList();

        var packageReferences = Items(document, "PackageReference")
            .Select(e => new PackageReferenceItem(
                Include(e),
                HasMetadata(e, "Version") || HasMetadata(e, "VersionOverride")))
            .ToList();

        return new ProjectFile(
            Path.GetFileNameWithoutExtension(fullPath), fullPath, projectReferences, packageReferences);
    }

    // Project files have no XML namespace in SDK style, but older ones do: match on the local name.
    private static IEnumerable<XElement> Items(XDocument document, string itemType) =>
        document.Descendants().Where(e => e.Name.LocalName == itemType);

    private static string Include(XElement item) =>
        (string?)item.Attribute("Include") ?? (string?)item.Attribute("Update") ?? "";

    private static bool HasMetadata(XElement item, string name) =>
        item.Attribute(name) is not null || item.Elements().Any(e => e.Name.LocalName == name);
}
