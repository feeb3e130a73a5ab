using Motus.Application.Accounts;

namespace Motus.Web.Security;

/// <summary>
/// The current HTTP request's client for the access log: the address Kestrel saw — or, when the connection comes from a
/// proxy configured in <c>ReverseProxy:KnownProxies|KnownNetworks</c>, the client it forwarded (<see cref="Hosting.ReverseProxySetup"/>) —
/// and the User-Agent header.
/// </summary>
public sealed class HttpRequestOrigin(IHttpContextAccessor http) : IRequestOrigin
{
    /// <inheritdoc />
    public string? RemoteIp => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <inheritdoc />
    public string? UserAgent => http.HttpContext?.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null;
}
