namespace Motus.Web.Hosting;

/// <summary>
/// Response headers every page and API answer carries: a strict Content-Security-Policy (no scripts at all, styles
/// from our own stylesheet, no framing), nosniff, no referrer, a closed permissions policy, and HSTS over HTTPS; and
/// plain HTTP only from loopback, so that cookies (Secure whenever the request is HTTPS) and tokens never cross a network in clear text.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy. <c>style-src-attr 'unsafe-inline'</c> is for the style attributes of the inline SVG charts; no script may run.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'";

    /// <summary>Adds the headers to every response.</summary>
    public static WebApplication UseMotusSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            if (!context.Request.IsHttps && context.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
            {
                // Cookies and tokens must not cross a network in clear text: off this machine, only HTTPS (or a TLS proxy on loopback).
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync("Motus accepts plain HTTP only from this machine (loopback); use HTTPS.");
                return;
            }

            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/account"))
            {
                headers.CacheControl = "no-store";
            }

            await next(context);
        });
        return app;
    }
}
