using Motus.Web.Api;
using Motus.Web.Hosting;
using Motus.Web.Security;

namespace Motus.Web;

/// <summary>The web host, composed as a table of contents. Used by <c>Program</c> and by <c>motus serve</c>.</summary>
public static class MotusWebApp
{
    /// <summary>Builds the host from command-line style arguments and configuration (appsettings, <c>MOTUS_</c> environment variables).</summary>
    /// <param name="args">Arguments such as <c>--Database:SqlitePath=motus.db</c> or <c>--urls=http://127.0.0.1:5000</c>.</param>
    /// <param name="configure">Last-minute changes (tests, the CLI).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(MotusWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("MOTUS_");
        configure?.Invoke(builder);

        builder.AddMotusOptions();          // Database:Provider|SqlitePath|ConnectionString, Import:Max*, validated on start
        builder.Services.AddMotusData();    // MotusDatabase, AccountsDatabase, clock
        builder.AddMotusReverseProxy();     // ReverseProxy:KnownProxies|KnownNetworks (empty: forwarded headers ignored)
        builder.AddMotusKeyRing();          // data protection: key ring in DataProtection:KeysPath (SQLite: <db>.keys), name "Motus"
        builder.Services.AddMotusAuth();    // Identity, cookies, access tokens, policies from AccessScope
        builder.Services.AddMotusErrors();  // one exception → ProblemDetails map
        builder.Services.AddMotusPages();   // Razor Pages, antiforgery
        builder.Services.AddMotusApi();     // /api/v1, OpenAPI

        var app = builder.Build();
        app.UseMotusForwardedHeaders();     // client address and scheme from a trusted proxy only
        app.UseMotusErrors();
        app.UseMotusSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapMotusAssets();
        app.MapMotusPages();
        app.MapMotusApi();
        return app;
    }
}
