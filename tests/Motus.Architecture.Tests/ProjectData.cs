namespace Motus.Architecture.Tests;

/// <summary>Theory rows, one per project, so each project shows as its own test case.</summary>
public static class ProjectData
{
    public static TheoryData<string> SrcProjects => ToTheoryData(RepositoryLayout.SrcProjectNames());

    public static TheoryData<string> AllProjects => ToTheoryData(RepositoryLayout.AllProjectNames());

    private static TheoryData<string> ToTheoryData(IEnumerable<string> values)
    {
        var data = new TheoryData<string>();
        foreach (var value in values)
        {
            data.Add(value);
        }

        return data;
    }
}
