using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Accounts;
using Motus.Application.Database;
using Motus.Application.Import;
using Motus.Testing;

namespace Motus.Web.Tests.Browser;

/// <summary>
/// The real host (Kestrel, as <c>motus serve</c> runs it) on a free loopback port over a fresh SQLite file holding the
/// PRO-ACT fixture as study PROACT, with an investigator of site PROACT (may enter data and open the dashboard).
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"motus-browser-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The investigator's user name.</summary>
    public string UserName { get; } = "investigator";

    /// <summary>The investigator's password.</summary>
    public string Password { get; private set; } = "";

    /// <summary>A patient with ALSFRS-R ratings.</summary>
    public string PatientCode { get; private set; } = "";

    /// <summary>The day after the patient's first rating: a date on which a new rating breaks no rule and no imported rating sits.</summary>
    public DateOnly EntryDate { get; private set; }

    public async Task InitializeAsync()
    {
        _app = MotusWebApp.Build(["--urls=http://127.0.0.1:0", "--environment=Testing", "--Database:Provider=Sqlite", $"--Database:SqlitePath={_path}"]);
        await _app.StartAsync(); // migrations and the first administrator run as start-up tasks
        BaseUrl = _app.Urls.Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));

        var database = _app.Services.GetRequiredService<MotusDatabase>();
        var import = await new ImportProact(database).RunAsync(new ImportProactRequest(RepoPaths.ValidProactFixture, "PROACT", "Study PROACT", "PROACT",
            new DateOnly(2000, 1, 1), "test-seed"));
        Assert.True(import.Succeeded, string.Join("; ", import.Errors));
        await using (var db = await database.OpenAsync())
        {
            var first = await db.Alsfrs.OrderBy(a => a.PatientId).ThenBy(a => a.Details.Date).FirstAsync();
            PatientCode = await db.Patients.Where(p => p.Id == first.PatientId).Select(p => p.Code).SingleAsync();
            var dates = await db.Alsfrs.Where(a => a.PatientId == first.PatientId).Select(a => a.Details.Date).ToListAsync();
            EntryDate = dates.Min().AddDays(1);
            Assert.DoesNotContain(EntryDate, dates);
        }

        await using var scope = _app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser(UserName, "Investigator", MotusRoles.Investigator, ["PROACT"], "PROACT"));
        Password = created.Password;
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
