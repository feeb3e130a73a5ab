using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Motus.Application.Database;

namespace Motus.Web.Hosting;

/// <summary>Data protection with a persistent key ring (<see cref="KeyRingOptions"/>) and the application name "Motus".</summary>
public static class KeyRingSetup
{
    /// <summary>Binds <see cref="KeyRingOptions"/> (defaulting to <c>&lt;db&gt;.keys</c> on SQLite), validates it on start and stores the keys there.</summary>
    public static WebApplicationBuilder AddMotusKeyRing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<KeyRingOptions>().Configure<IConfiguration>((ring, configuration) => ring.KeysPath = KeysPath(configuration))
            .Validate(ring => ring.KeysPath is not null,
                "DataProtection:KeysPath is required for the Postgres provider (the folder of the key ring that protects sign-in cookies; share it between instances).")
            .ValidateOnStart();

        builder.Services.AddDataProtection().SetApplicationName(KeyRingOptions.ApplicationName);
        // Data protection builds its key manager while the host is built, before options are validated: read the raw settings here.
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConfiguration, ILoggerFactory>((keys, configuration, logs) =>
        {
            if (KeysPath(configuration) is not { } path)
            {
                return; // start-up validation refuses this configuration before any key is made
            }

            // Only the account that runs Motus may read the keys (on Windows the folder inherits its ACL).
            var folder = OperatingSystem.IsWindows() ? Directory.CreateDirectory(path)
                : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            keys.XmlRepository = new FileSystemXmlRepository(folder, logs);
        });
        return builder;
    }

    /// <summary><c>DataProtection:KeysPath</c> as a full path; unset on SQLite, the database file's path + <c>.keys</c>; otherwise <see langword="null"/>.</summary>
    private static string? KeysPath(IConfiguration configuration)
    {
        var configured = configuration["DataProtection:KeysPath"];
        if (string.IsNullOrWhiteSpace(configured)
            && (configuration["Database:Provider"] is not { Length: > 0 } provider || string.Equals(provider, nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase)))
        {
            var file = configuration["Database:SqlitePath"];
            configured = (string.IsNullOrWhiteSpace(file) ? DatabaseOptions.DefaultSqlitePath : file) + ".keys";
        }

        return string.IsNullOrWhiteSpace(configured) ? null : Path.GetFullPath(configured);
    }
}
