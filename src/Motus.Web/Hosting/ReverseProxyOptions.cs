using System.Net;

namespace Motus.Web.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are believed (section
/// <c>ReverseProxy</c>). Empty — the default — means no proxy is trusted and the headers are ignored: the client is the
/// address Kestrel sees, the scheme the connection's.
/// </summary>
public sealed class ReverseProxyOptions
{
    /// <summary><c>ReverseProxy:KnownProxies</c>: addresses of trusted proxies (<c>10.0.0.5</c>, <c>2001:db8::5</c>).</summary>
    public List<string> KnownProxies { get; } = [];

    /// <summary><c>ReverseProxy:KnownNetworks</c>: networks of trusted proxies in CIDR notation (<c>10.0.0.0/24</c>).</summary>
    public List<string> KnownNetworks { get; } = [];

    /// <summary>Whether any proxy is trusted.</summary>
    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>Every entry that does not parse, naming the setting and the rule.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        for (var i = 0; i < KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(KnownProxies[i], out _))
            {
                problems.Add($"ReverseProxy:KnownProxies:{i} must be an IP address (was '{KnownProxies[i]}').");
            }
        }

        for (var i = 0; i < KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(KnownNetworks[i], out _))
            {
                problems.Add($"ReverseProxy:KnownNetworks:{i} must be a network in CIDR notation such as 10.0.0.0/24 (was '{KnownNetworks[i]}').");
            }
        }

        return problems;
    }
}
