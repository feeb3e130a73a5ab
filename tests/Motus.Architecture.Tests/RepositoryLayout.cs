namespace Motus.Architecture.Tests;

/// <summary>Finds the repository and its project files; the tests read them as XML, not as loaded assemblies.</summary>
public static class RepositoryLayout
{
    private const string SolutionFileName = "Motus.slnx";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Motus.slnx, found by walking up from the test binaries.</summary>
    public static string Root => LazyRoot.Value;

    public static string SrcDirectory => Path.Combine(Root, "src");

    public static string TestsDirectory => Path.Combine(Root, "tests");

    /// <summary>Names of the projects under src/, one per .csproj, sorted.</summary>
    public static IReadOnlyList<string> SrcProjectNames() =>
        ProjectFilesUnder(SrcDirectory).Select(Path.GetFileNameWithoutExtension).Select(n => n!).ToList();

    /// <summary>Names of every project under src/ and tests/: src first, each part sorted.</summary>
    public static IReadOnlyList<string> AllProjectNames() =>
        AllProjectFiles().Select(Path.GetFileNameWithoutExtension).Select(n => n!).ToList();

    public static ProjectFile LoadSrcProject(string name) =>
        ProjectFile.Load(Path.Combine(SrcDirectory, name, name + ".csproj"));

    /// <summary>Loads a project under src/ or tests/ by its name (project names are unique in the repository).</summary>
    public static ProjectFile LoadAnyProject(string name) =>
        ProjectFile.Load(AllProjectFiles().Single(p => Path.GetFileNameWithoutExtension(p) == name));

    private static IEnumerable<string> AllProjectFiles() =>
        ProjectFilesUnder(SrcDirectory).Concat(ProjectFilesUnder(TestsDirectory));

    private static IEnumerable<string> ProjectFilesUnder(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.csproj", SearchOption.AllDirectories)
                .Where(p => !IsBuildOutput(p))
                .Order(StringComparer.Ordinal)
            : [];

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFileName} found above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
