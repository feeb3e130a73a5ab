namespace Motus.Testing;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Motus.slnx.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Motus.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Motus.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The committed valid PRO-ACT fixture folder, tests/fixtures/proact/valid.</summary>
    public static string ValidProactFixture => Path.Combine(Root(), "tests", "fixtures", "proact", "valid");
}
