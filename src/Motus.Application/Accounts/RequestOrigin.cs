namespace Motus.Application.Accounts;

/// <summary>Where the current request comes from, for the access log. The web host reads it from the HTTP request; elsewhere it is unknown.</summary>
public interface IRequestOrigin
{
    /// <summary>The client's address as the server sees it, or null.</summary>
    string? RemoteIp { get; }

    /// <summary>The client's User-Agent header, or null.</summary>
    string? UserAgent { get; }
}

/// <summary>No request (the CLI, tests of the use cases): address and user agent unknown.</summary>
public sealed class NoRequestOrigin : IRequestOrigin
{
    /// <summary>The one instance.</summary>
    public static readonly NoRequestOrigin Instance = new();

    /// <inheritdoc />
    public string? RemoteIp => null;

    /// <inheritdoc />
    public string? UserAgent => null;
}
