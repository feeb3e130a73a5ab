namespace Motus.Architecture.Tests;

/// <summary>A ProjectReference, resolved against the folder of the project that declares it.</summary>
public sealed record ProjectReferenceItem(string Include, string TargetName, string TargetFullPath)
{
    public static ProjectReferenceItem From(string referrerDirectory, string include)
    {
        var normalized = include.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);
        var fullPath = Path.GetFullPath(Path.Combine(referrerDirectory, normalized));
        return new ProjectReferenceItem(include, Path.GetFileNameWithoutExtension(fullPath), fullPath);
    }

    /// <summary>True when the referenced project lives under tests/ or is named like a test project.</summary>
    public bool PointsToTestProject(string testsDirectory) =>
        TargetFullPath.StartsWith(Path.GetFullPath(testsDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || TargetName.EndsWith(".Tests", StringComparison.Ordinal)
        || TargetName == "Motus.Testing";
}
