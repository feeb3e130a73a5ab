using Microsoft.Extensions.Options;

namespace Motus.Web.Tests;

/// <summary>Typed options are validated when the host starts: a wrong configuration stops it with every problem.</summary>
public sealed class OptionsTests
{
    [Fact]
    public async Task Start_PostgresWithoutConnectionString_FailsWithTheProblem()
    {
        await using var app = MotusWebApp.Build(["--urls=http://127.0.0.1:0", "--Database:Provider=Postgres"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Database:ConnectionString is required for the Postgres provider.", error.Failures);
    }

    [Fact]
    public async Task Start_UnknownProvider_FailsBeforeListening()
    {
        await using var app = MotusWebApp.Build(["--urls=http://127.0.0.1:0", "--Database:Provider=Oracle"]);

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => app.StartAsync());
    }

    [Fact]
    public async Task Start_ImportLimitsNotPositive_FailsWithEveryProblem()
    {
        await using var app = MotusWebApp.Build(["--urls=http://127.0.0.1:0", "--Database:SqlitePath=" + Path.Combine(Path.GetTempPath(), $"motus-opt-{Guid.NewGuid():N}.db"),
            "--Import:MaxUnpackedBytes=0", "--Import:MaxEntries=-1"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Import:MaxUnpackedBytes must be a positive number of bytes (was 0).", error.Failures);
        Assert.Contains("Import:MaxEntries must be positive (was -1).", error.Failures);
    }

    [Fact]
    public async Task Start_PostgresWithoutKeysPath_FailsWithTheProblem()
    {
        await using var app = MotusWebApp.Build(["--urls=http://127.0.0.1:0", "--Database:Provider=Postgres", "--Database:ConnectionString=Host=127.0.0.1;Database=unused"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("DataProtection:KeysPath is required for the Postgres provider", StringComparison.Ordinal));
    }
}
