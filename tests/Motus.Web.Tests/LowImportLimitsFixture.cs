using Microsoft.AspNetCore.Hosting;

namespace Motus.Web.Tests;

/// <summary>A host whose import limits are small enough to test: 64 KiB unpacked, 20 entries.</summary>
public sealed class LowImportLimitsFixture : IAsyncLifetime
{
    /// <summary>Import:MaxUnpackedBytes of this host.</summary>
    public const long MaxUnpackedBytes = 64 * 1024;

    /// <summary>Import:MaxEntries of this host.</summary>
    public const int MaxEntries = 20;

    /// <summary>The host.</summary>
    public WebHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await WebHost.StartAsync(Provider.Sqlite, b => b
        .UseSetting("Import:MaxUnpackedBytes", MaxUnpackedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Import:MaxEntries", MaxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture)), seed: false);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
