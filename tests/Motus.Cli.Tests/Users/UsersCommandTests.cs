using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Accounts;

namespace Motus.Cli.Tests.Users;

/// <summary><c>motus users …</c> on an imported database.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task UsersAdd_InvestigatorAtSite_PrintsPasswordOnceAndListsRoleAndSite()
    {
        await ImportAsync();

        var add = await _cli.RunAsync("users", "add", "ines", "--role", "investigator", "--site", "PROACT", "--display-name", "Ines Example", "--json");
        var list = await _cli.RunAsync("users", "list", "--json");

        Assert.Equal(0, add.ExitCode);
        Assert.Equal(20, JsonDocument.Parse(add.Out).RootElement.GetProperty("password").GetString()!.Length);
        var user = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().Single();
        Assert.Equal("ines", user.GetProperty("userName").GetString());
        Assert.Equal("Investigator", user.GetProperty("roles")[0].GetString());
        Assert.Equal("PROACT/PROACT", user.GetProperty("sites")[0].GetString());
        Assert.DoesNotContain(JsonDocument.Parse(add.Out).RootElement.GetProperty("password").GetString()!, list.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "users", "add", "x", "--role", "Surgeon", "--site", "PROACT" }, "Unknown role Surgeon")]
    [InlineData(new[] { "users", "add", "x", "--role", "Monitor" }, "must belong to at least one site")]
    [InlineData(new[] { "users", "add", "x", "--role", "Monitor", "--site", "NOWHERE" }, "No site NOWHERE")]
    [InlineData(new[] { "users", "disable", "ghost" }, "No user ghost")]
    public async Task Users_BadInput_ExitsOneWithMessage(string[] args, string message)
    {
        await ImportAsync();

        var run = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersChange_RoleWithReason_ListedAndAuditedWithBeforeAndAfter()
    {
        await ImportAsync();
        await _cli.RunAsync("users", "add", "mo", "--role", "Monitor", "--site", "PROACT");

        var change = await _cli.RunAsync("users", "change", "mo", "--role", "Coordinator", "--reason", "took over data entry");
        var list = await _cli.RunAsync("users", "list", "--json");
        var log = await _cli.RunAsync("audit", "log", "--json");
        var verify = await _cli.RunAsync("audit", "verify");

        Assert.Equal(0, change.ExitCode);
        Assert.Equal("Coordinator", JsonDocument.Parse(list.Out).RootElement[0].GetProperty("roles")[0].GetString());
        Assert.Contains("took over data entry", log.Out, StringComparison.Ordinal);
        Assert.Contains("Coordinator", log.Out, StringComparison.Ordinal);
        Assert.Equal(0, verify.ExitCode);
    }

    [Fact]
    public async Task UsersChange_NothingToChangeOrNoReason_ExitsOne()
    {
        await ImportAsync();
        await _cli.RunAsync("users", "add", "mo", "--role", "Monitor", "--site", "PROACT");

        var nothing = await _cli.RunAsync("users", "change", "mo", "--reason", "x");
        var noReason = await _cli.RunAsync("users", "change", "mo", "--role", "Coordinator");

        Assert.Equal(ExitCodes.Usage, nothing.ExitCode);
        Assert.Contains("Nothing to change", nothing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, noReason.ExitCode);
    }

    [Fact]
    public async Task UsersAdd_SameNameTwice_SecondIsRefused()
    {
        await ImportAsync();
        await _cli.RunAsync("users", "add", "mo", "--role", "Monitor", "--site", "PROACT");
        await _cli.RunAsync("users", "disable", "mo");

        var again = await _cli.RunAsync("users", "add", "mo", "--role", "Monitor", "--site", "PROACT");
        var list = await _cli.RunAsync("users", "list", "--json");

        Assert.Equal(ExitCodes.Usage, again.ExitCode);
        Assert.Contains("never reused", again.Error, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(list.Out).RootElement[0].GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task UsersToken_CreateListRevoke_ShowsStatusAndNeverTheSecret()
    {
        await ImportAsync();
        await _cli.RunAsync("users", "add", "script", "--role", "Statistician", "--site", "PROACT");

        var create = await _cli.RunAsync("users", "token", "create", "script", "--name", "nightly", "--days", "30", "--json");
        var created = JsonDocument.Parse(create.Out).RootElement;
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("token").GetProperty("id").GetString()!;
        var revoke = await _cli.RunAsync("users", "token", "revoke", "script", id);
        var list = await _cli.RunAsync("users", "token", "list", "script", "--json");

        Assert.Equal(0, create.ExitCode);
        Assert.StartsWith("motus_pat_", secret, StringComparison.Ordinal);
        Assert.Equal("2026-12-25", created.GetProperty("token").GetProperty("expiresAt").GetString()![..10]); // fixed clock 2026-11-25 + 30 days
        Assert.Equal(0, revoke.ExitCode);
        Assert.Equal("revoked", JsonDocument.Parse(list.Out).RootElement[0].GetProperty("status").GetString());
        Assert.DoesNotContain(secret, list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAccessLog_SignInsAndTokenUse_ListedNewestFirstAndFiltered()
    {
        await ImportAsync();
        await _cli.RunAsync("users", "add", "script", "--role", "Statistician", "--site", "PROACT");
        var secret = JsonDocument.Parse((await _cli.RunAsync("users", "token", "create", "script", "--name", "nightly", "--json")).Out).RootElement.GetProperty("secret").GetString()!;
        var database = new Motus.Application.Database.MotusDatabase(Motus.Application.Database.DatabaseOptions.Sqlite(_cli.DbPath), _cli.Clock);
        await using (var provider = await AccountsRuntime.CreateAsync(database))
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccessLog>().RecordSignInAsync("mallory", null, false, Microsoft.AspNetCore.Identity.SignInResult.Failed);
            _cli.Clock.Advance(TimeSpan.FromDays(1));
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<AccessTokens>().AuthenticateAsync(secret));
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<AccessTokens>().AuthenticateAsync(secret)); // within the minute: no row
        }

        var all = await _cli.RunAsync("users", "access-log", "--json");
        var script = await _cli.RunAsync("users", "access-log", "--user", "script", "--json");
        var since = await _cli.RunAsync("users", "access-log", "--since", "2026-11-26", "--json");
        var table = await _cli.RunAsync("users", "access-log");

        Assert.Equal(0, all.ExitCode);
        var rows = JsonDocument.Parse(all.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal([("TokenUse", "Succeeded", "script", true), ("SignIn", "UnknownUser", "mallory", false)],
            rows.Select(r => (r.GetProperty("event").GetString(), r.GetProperty("outcome").GetString(), r.GetProperty("userName").GetString(), r.GetProperty("knownUser").GetBoolean())));
        Assert.Equal("2026-11-26T10:00:00+00:00", rows[0].GetProperty("at").GetString());
        Assert.Single(JsonDocument.Parse(script.Out).RootElement.EnumerateArray());
        Assert.Equal("script", JsonDocument.Parse(since.Out).RootElement[0].GetProperty("userName").GetString());
        Assert.Single(JsonDocument.Parse(since.Out).RootElement.EnumerateArray());
        Assert.Contains("mallory (no such user)", table.Out, StringComparison.Ordinal);
        Assert.Contains("2 row(s), newest first", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, all.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "users", "access-log", "--since", "yesterday" }, "--since: 'yesterday' is neither a date")]
    [InlineData(new[] { "users", "access-log", "--since", "2026-11-26T10:00" }, "with its offset")]
    [InlineData(new[] { "users", "access-log", "--limit", "0" }, "--limit must be at least 1")]
    [InlineData(new[] { "users", "unlock", "ghost", "--reason", "x" }, "No user ghost")]
    public async Task UsersAccessLogAndUnlock_BadInput_ExitsOneWithMessage(string[] args, string message)
    {
        await ImportAsync();

        var run = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersUnlock_NotLockedOut_ExitsOneAndNoAuditRow()
    {
        await ImportAsync();
        await _cli.RunAsync("users", "add", "mo", "--role", "Monitor", "--site", "PROACT");
        var before = JsonDocument.Parse((await _cli.RunAsync("audit", "log", "--json")).Out).RootElement.GetArrayLength();

        var run = await _cli.RunAsync("users", "unlock", "mo", "--reason", "help desk");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("mo is not locked out", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, JsonDocument.Parse((await _cli.RunAsync("audit", "log", "--json")).Out).RootElement.GetArrayLength());
    }

    private async Task ImportAsync()
    {
        Assert.Equal(0, (await _cli.RunAsync("init")).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("import", "proact", CliHarness.ValidFixture)).ExitCode);
    }
}
