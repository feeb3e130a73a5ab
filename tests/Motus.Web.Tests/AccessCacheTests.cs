using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Accounts;
using Motus.Data.Auditing;

namespace Motus.Web.Tests;

/// <summary>Remembered principals and scopes (AccessCache) never outlive an account change, whichever process makes it.</summary>
public sealed class AccessCacheTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static readonly ChangeContext Tests = new("tests", AuditSource.System, "test");

    [Fact]
    public async Task DisabledOwner_NextRequestWithACachedToken_Refused()
    {
        var (client, name) = await TokenClientAsync("cache-disable");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/patients?pageSize=1")).StatusCode);

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ManageUsers>().DisableAsync(name, Tests);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/patients?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task ChangeByAnotherProcess_NoNotification_TheAuditHeadStillDropsTheCachedScope()
    {
        var (client, name) = await TokenClientAsync("cache-other");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/patients?pageSize=1")).StatusCode);

        // Another process (e.g. `motus users disable`): same database, its own services, so this host is not notified.
        var database = fixture.Host.Services.GetRequiredService<Motus.Application.Database.MotusDatabase>();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(database);
        services.AddSingleton(new AccountsDatabase(database.Options));
        services.AddSingleton(TimeProvider.System);
        services.AddMotusAccounts();
        await using (var other = services.BuildServiceProvider())
        await using (var scope = other.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ManageUsers>().DisableAsync(name, Tests);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/patients?pageSize=1")).StatusCode);
    }

    private async Task<(HttpClient Client, string Name)> TokenClientAsync(string name)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        await users.AddAsync(new NewUser(name, name, Motus.Application.Access.MotusRoles.Administrator, []), Tests);
        var token = await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(name, "cache", null, Tests);
        var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        return (client, name);
    }
}
