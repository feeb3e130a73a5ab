using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Accounts;
using Motus.Application.Database;
using Motus.Application.Import;
using Motus.Testing;
using Npgsql;

namespace Motus.Web.Tests;

/// <summary>Where the host's data lives: a new SQLite file or a new PostgreSQL database (MOTUS_TEST_POSTGRES, set by scripts/test.sh).</summary>
public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real host (WebApplicationFactory over Motus.Web's Program) on a fresh database holding two studies from the
/// PRO-ACT demo: PROACT (site PROACT, "own" site of every test user) and OTHER (site OTHER). One user per role at site
/// PROACT, each with a personal access token.
/// </summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    private readonly DatabaseOptions _database;
    private readonly Action? _drop;
    private Action<IWebHostBuilder>? _configure;
    private string? _keysPath;

    private WebHost(DatabaseOptions database, Action? drop)
    {
        _database = database;
        _drop = drop;
        ClientOptions.AllowAutoRedirect = false;
    }

    /// <summary>Bearer tokens by role.</summary>
    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Passwords by user name (the user name of a role is its lower-case name).</summary>
    public Dictionary<string, string> Passwords { get; } = new(StringComparer.Ordinal);

    /// <summary>A started host with data and users.</summary>
    /// <param name="provider">Where the data lives.</param>
    /// <param name="configure">Extra settings or services for this host (e.g. <c>builder.UseSetting("Import:MaxEntries", "5")</c>).</param>
    /// <param name="seed">Whether to import the two studies and add the users (the first administrator is always created).</param>
    public static async Task<WebHost> StartAsync(Provider provider, Action<IWebHostBuilder>? configure = null, bool seed = true)
    {
        WebHost host;
        if (provider == Provider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"motus-web-{Guid.NewGuid():N}.db");
            host = new WebHost(DatabaseOptions.Sqlite(path), () =>
            {
                SqliteConnection.ClearAllPools();
                File.Delete(path);
                if (Directory.Exists(path + ".keys"))
                {
                    Directory.Delete(path + ".keys", recursive: true); // the key ring beside the database
                }
            });
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("MOTUS_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(server))
            {
                throw new InvalidOperationException("MOTUS_TEST_POSTGRES is not set. Run the tests with scripts/test.sh, which starts a throwaway PostgreSQL server.");
            }

            var name = $"motus_web_{Guid.NewGuid():N}";
            var keys = Path.Combine(Path.GetTempPath(), $"motus-web-keys-{Guid.NewGuid():N}");
            host = new WebHost(DatabaseOptions.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString), () =>
            {
                if (Directory.Exists(keys))
                {
                    Directory.Delete(keys, recursive: true);
                }

                NpgsqlConnection.ClearAllPools();
                using var connection = new NpgsqlConnection(server);
                connection.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            });
            host._keysPath = keys; // PostgreSQL has no file to keep the key ring beside
        }

        host._configure = configure;
        _ = host.Server; // starts the host: migrations and the first administrator
        if (seed)
        {
            await host.SeedAsync();
        }

        return host;
    }

    /// <summary>A client authenticated with the token of <paramref name="role"/>.</summary>
    public HttpClient ClientFor(string role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens[role]);
        return client;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("Database:SqlitePath", _database.SqlitePath);
        builder.UseSetting("Database:ConnectionString", _database.ConnectionString);
        builder.UseEnvironment("Testing");
        if (_keysPath is not null)
        {
            builder.UseSetting("DataProtection:KeysPath", _keysPath);
        }

        _configure?.Invoke(builder);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _drop?.Invoke();
    }

    private async Task SeedAsync()
    {
        var database = Services.GetRequiredService<MotusDatabase>();
        var import = new ImportProact(database);
        foreach (var (protocol, site) in new[] { ("PROACT", "PROACT"), ("OTHER", "OTHER") })
        {
            var result = await import.RunAsync(new ImportProactRequest(RepoPaths.ValidProactFixture, protocol, $"Study {protocol}", site, new DateOnly(2000, 1, 1), "test-seed"));
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        foreach (var role in Application.Access.MotusRoles.All)
        {
            var name = role.ToLowerInvariant();
            var created = await users.AddAsync(new NewUser(name, role, role, role == Application.Access.MotusRoles.Administrator ? [] : ["PROACT"], "PROACT"), new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System));
            Passwords[name] = created.Password;
            Tokens[role] = (await tokens.CreateAsync(name, "tests", null, new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System))).Secret;
        }
    }
}
