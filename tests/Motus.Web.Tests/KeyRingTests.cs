using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Motus.Application.Database;

namespace Motus.Web.Tests;

/// <summary>The data-protection key ring is kept where configured (on SQLite by default beside the database file), so cookies survive a restart.</summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task Host_SqliteWithoutKeysPath_WritesTheKeyRingBesideTheDatabase()
    {
        await using var host = await WebHost.StartAsync(Provider.Sqlite, seed: false);
        var keys = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SqlitePath + ".keys";
        using var client = host.CreateClient();

        await FormPost.AntiforgeryAsync(client, "/account/sign-in"); // an antiforgery token needs a key

        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        }
    }

    [Fact]
    public async Task Host_KeysPathConfigured_ARestartedHostReadsWhatTheFirstProtected()
    {
        var keys = Path.Combine(Path.GetTempPath(), $"motus-keys-{Guid.NewGuid():N}");
        try
        {
            string secret;
            await using (var first = await WebHost.StartAsync(Provider.Sqlite, b => b.UseSetting("DataProtection:KeysPath", keys), seed: false))
            {
                secret = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests").Protect("signed-in cookie");
            }

            Assert.Single(Directory.GetFiles(keys, "key-*.xml"));
            await using var second = await WebHost.StartAsync(Provider.Sqlite, b => b.UseSetting("DataProtection:KeysPath", keys), seed: false);

            var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests").Unprotect(secret);

            Assert.Equal("signed-in cookie", read);
            Assert.Single(Directory.GetFiles(keys, "key-*.xml"));
        }
        finally
        {
            Directory.Delete(keys, recursive: true);
        }
    }
}
