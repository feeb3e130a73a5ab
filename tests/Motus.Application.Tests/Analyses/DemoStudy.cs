using Motus.Application.Import;

namespace Motus.Application.Tests.Analyses;

/// <summary>A database with samples/proact-demo imported as study PROACT (60 synthetic patients, arms Active and Placebo), shared by a test class.</summary>
public sealed class DemoStudy : IAsyncLifetime
{
    public static string Folder => Path.Combine(Motus.Testing.RepoPaths.Root(), "samples", "proact-demo");

    public TempDatabase Db { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TempDatabase.CreateAsync();
        await ImportAsync(Db, "PROACT");
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    /// <summary>Imports the demo folder into <paramref name="db"/> as study <paramref name="protocol"/>.</summary>
    public static async Task ImportAsync(TempDatabase db, string protocol)
    {
        var result = await new ImportProact(db.Database).RunAsync(new ImportProactRequest(Folder, protocol, "Demo", "SITE", new DateOnly(2000, 1, 1), "tester@cli"));
        Assert.Empty(result.Errors);
    }
}
