using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Accounts;
using Motus.Data.Accounts;

namespace Motus.Web.Tests;

/// <summary>Personal access tokens: hashed at rest, expiry, revocation.</summary>
public sealed class TokenTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task Create_Token_StoresOnlyTheSha256OfTheSecret()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync("monitor", "hash check", null, new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System));
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();

        var row = await db.AccessTokens.AsNoTracking().SingleAsync(t => t.Id == created.Token.Id);

        Assert.StartsWith(AccessTokens.Prefix, created.Secret, StringComparison.Ordinal);
        Assert.Equal(AccessTokens.Prefix.Length + 43, created.Secret.Length); // 32 bytes, base64url without padding
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(created.Secret))), row.SecretHash);
        Assert.DoesNotContain(created.Secret[AccessTokens.Prefix.Length..], row.SecretHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_Token_Gets401()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        var created = await tokens.CreateAsync("investigator", "to revoke", null, new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System));
        using var client = Client(created.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/patients")).StatusCode);

        await tokens.RevokeAsync("investigator", created.Token.Id, new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/patients")).StatusCode);
        Assert.Equal("revoked", (await tokens.ListAsync("investigator")).Single(t => t.Id == created.Token.Id).Status);
    }

    [Fact]
    public async Task Expired_Token_Gets401()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        var created = await tokens.CreateAsync("investigator", "to expire", TimeSpan.FromDays(1), new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System));
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var row = await db.AccessTokens.SingleAsync(t => t.Id == created.Token.Id);
        row.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        await db.SaveChangesAsync();
        using var client = Client(created.Secret);

        using var response = await client.GetAsync("/api/v1/patients");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("expired", (await tokens.ListAsync("investigator")).Single(t => t.Id == created.Token.Id).Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(367)]
    public async Task Create_LifetimeOutOfRange_IsAUsageError(int days)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokens>();

        var error = await Assert.ThrowsAsync<Application.MotusException>(() => tokens.CreateAsync("monitor", "bad", TimeSpan.FromDays(days), new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System)));

        Assert.Contains("366 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokensPage_Create_ShowsTheSecretOnceAndItWorks()
    {
        using var browser = fixture.Host.CreateClient();
        (await FormPost.SignInAsync(browser, "statistician", fixture.Host.Passwords["statistician"])).Dispose();
        var af = await FormPost.AntiforgeryAsync(browser, "/account/tokens");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = af, ["Name"] = "from the page", ["Days"] = "7" });

        using var response = await browser.PostAsync("/account/tokens?handler=Create", form);

        var html = await response.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(html, "motus_pat_[A-Za-z0-9_-]{43}").Value;
        Assert.NotEmpty(secret);
        using var api = Client(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/patients")).StatusCode);
        Assert.DoesNotContain(secret, await browser.GetStringAsync("/account/tokens"), StringComparison.Ordinal);
    }

    private HttpClient Client(string secret)
    {
        var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
