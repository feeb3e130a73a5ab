using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Motus.Data.Accounts;

namespace Motus.Web.Tests;

/// <summary>
/// Forwarded headers are believed only from a configured proxy. Every request here arrives from <see cref="Proxy"/>
/// (a start-up filter sets the connection's address, as Kestrel would for a proxy on another machine).
/// </summary>
public sealed class ReverseProxyTests
{
    private const string Proxy = "10.0.0.5";
    private const string Client = "203.0.113.9";

    [Fact]
    public async Task SignIn_FromAKnownProxy_AccessLogShowsTheForwardedClient()
    {
        await using var host = await StartAsync(("ReverseProxy:KnownProxies:0", Proxy));

        var row = await SignInUnknownAsync(host, "rp-known");

        Assert.Equal(Client, row);
    }

    [Fact]
    public async Task SignIn_FromAProxyInAKnownNetwork_AccessLogShowsTheForwardedClient()
    {
        await using var host = await StartAsync(("ReverseProxy:KnownNetworks:0", "10.0.0.0/24"));

        var row = await SignInUnknownAsync(host, "rp-network");

        Assert.Equal(Client, row);
    }

    [Fact]
    public async Task SignIn_NoProxyConfigured_ForwardedForIgnored()
    {
        await using var host = await StartAsync();

        var row = await SignInUnknownAsync(host, "rp-none");

        Assert.Equal(Proxy, row);
    }

    [Fact]
    public async Task PlainHttp_KnownProxyForwardsHttps_AnsweredWithHstsAndSecureCookie()
    {
        await using var host = await StartAsync(("ReverseProxy:KnownProxies:0", Proxy));
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(false)] // no proxy trusted: the header is ignored
    [InlineData(true)]  // the proxy is trusted but says the client used plain HTTP
    public async Task PlainHttp_FromOffLoopbackWithoutTrustedHttps_Refused(bool trusted)
    {
        await using var host = trusted ? await StartAsync(("ReverseProxy:KnownProxies:0", Proxy)) : await StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("X-Forwarded-Proto", trusted ? "http" : "https");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("plain HTTP only from this machine", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_KnownProxyNotAnAddress_FailsWithTheProblem()
    {
        await using var app = MotusWebApp.Build(["--urls=http://127.0.0.1:0", "--Database:SqlitePath=" + Path.Combine(Path.GetTempPath(), $"motus-rp-{Guid.NewGuid():N}.db"),
            "--ReverseProxy:KnownProxies:0=proxy.example", "--ReverseProxy:KnownNetworks:0=10.0.0.0"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("ReverseProxy:KnownProxies:0 must be an IP address (was 'proxy.example').", error.Failures);
        Assert.Contains("ReverseProxy:KnownNetworks:0 must be a network in CIDR notation such as 10.0.0.0/24 (was '10.0.0.0').", error.Failures);
    }

    private static Task<WebHost> StartAsync(params (string Key, string Value)[] settings) => WebHost.StartAsync(Provider.Sqlite, b =>
    {
        foreach (var (key, value) in settings)
        {
            b.UseSetting(key, value);
        }

        b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FromAddress(IPAddress.Parse(Proxy))));
    }, seed: false);

    /// <summary>Signs in as an unknown user through the "proxy" over HTTPS with X-Forwarded-For; returns the access-log row's address.</summary>
    private static async Task<string?> SignInUnknownAsync(WebHost host, string name)
    {
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", Client);

        using var response = await FormPost.SignInAsync(client, name, "not the password 123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again: refused
        await using var scope = host.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().AccessLog.AsNoTracking().SingleAsync(r => r.UserName == name);
        return row.RemoteIp;
    }

    private sealed class FromAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
