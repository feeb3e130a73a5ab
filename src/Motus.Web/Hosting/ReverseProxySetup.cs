using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Motus.Web.Hosting;

/// <summary>
/// Opt-in trust of a reverse proxy (<see cref="ReverseProxyOptions"/>): only a request whose connection comes from a
/// configured proxy has its client address and scheme taken from <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>,
/// so that the access log records the client and the HTTPS rules (loopback-only plain HTTP, Secure cookies, HSTS) see
/// the scheme the client used.
/// </summary>
public static class ReverseProxySetup
{
    /// <summary>Binds and validates <see cref="ReverseProxyOptions"/> and derives the forwarded-headers options from them.</summary>
    public static WebApplicationBuilder AddMotusReverseProxy(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReverseProxyOptions>().Bind(builder.Configuration.GetSection("ReverseProxy"))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReverseProxyOptions>, ReverseProxyOptionsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxies) =>
        {
            // The framework trusts loopback by default; Motus trusts exactly what is configured, or nothing.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            var trusted = proxies.Value;
            if (!trusted.Enabled)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }

            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = null; // walk a chain of proxies, stopping at the first address that is not a known proxy
            foreach (var address in trusted.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in trusted.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>Applies forwarded headers from trusted proxies; first in the pipeline, so everything after sees the client.</summary>
    public static WebApplication UseMotusForwardedHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        return app;
    }

    private sealed class ReverseProxyOptionsValidator : IValidateOptions<ReverseProxyOptions>
    {
        public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
