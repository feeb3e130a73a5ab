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
}
