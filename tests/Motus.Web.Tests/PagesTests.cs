using System.IO.Compression;
using System.Net;
using Motus.Testing;

namespace Motus.Web.Tests;

/// <summary>What the pages show, over the real host (signed in with a cookie like a browser).</summary>
public sealed class PagesTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task PatientPage_Investigator_ShowsChartsStagingPrognosisNoteAndAuditHistory()
    {
        using var client = await SignedInAsync("investigator");

        var html = await client.GetStringAsync($"/studies/PROACT/patients/{fixture.PatientCode}");

        Assert.Contains($"Patient {fixture.PatientCode}", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("ALSFRS-R domain subscores", html, StringComparison.Ordinal);
        Assert.Contains("Staging", html, StringComparison.Ordinal);
        Assert.Contains("ΔFS", html, StringComparison.Ordinal);
        Assert.Contains("Treat the prediction as unverified", html, StringComparison.Ordinal);
        Assert.Contains("Audit history", html, StringComparison.Ordinal);
        Assert.Contains("test-seed", html, StringComparison.Ordinal); // the importing actor, from the audit trail
    }

    [Fact]
    public async Task Dashboard_Monitor_ShowsStudyReportSections()
    {
        using var client = await SignedInAsync("monitor");

        var html = await client.GetStringAsync("/studies/PROACT/dashboard");

        foreach (var section in new[] { "id=\"survival\"", "id=\"slopes\"", "id=\"cafs\"", "id=\"safety\"", "id=\"responders\"" })
        {
            Assert.Contains(section, html, StringComparison.Ordinal);
        }

        Assert.Contains("Only the patients of your sites are included.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientList_StatusFilterAndPaging_ShowsMatchingCount()
    {
        using var client = await SignedInAsync("coordinator");

        var html = await client.GetStringAsync("/patients?study=PROACT&status=active");

        Assert.Matches(@"\d+ patient\(s\) — page 1 of \d+", html);
        Assert.DoesNotContain("<td>OTHER</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_ValidZip_ImportsANewStudy()
    {
        using var client = await SignedInAsync("admin", fixture.Host.Services.GetService(typeof(Hosting.StartupReport)) is Hosting.StartupReport r ? r.CreatedAdministrator!.Password : "");

        var html = await PostImportAsync(client, Zip(RepoPaths.ValidProactFixture), "ZIPPED", "Z1", "first load of the zipped export");

        Assert.Contains("Imported", html, StringComparison.Ordinal);
        Assert.Contains($"{fixture.PatientsPerStudy} patient(s) added", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_BrokenFile_ListsErrorsAndWritesNothing()
    {
        using var client = await SignedInAsync("admin", ((Hosting.StartupReport)fixture.Host.Services.GetService(typeof(Hosting.StartupReport))!).CreatedAdministrator!.Password);
        var folder = Directory.CreateTempSubdirectory("motus-broken-");
        foreach (var f in Directory.GetFiles(RepoPaths.ValidProactFixture))
        {
            File.Copy(f, Path.Combine(folder.FullName, Path.GetFileName(f)));
        }

        var alsfrs = Path.Combine(folder.FullName, "PROACT_ALSFRS.csv");
        var lines = File.ReadAllLines(alsfrs);
        lines[1] = string.Join(',', lines[1].Split(',').Select((c, i) => i == 2 ? "7" : c)); // an item score of 7 (allowed 0–4)
        File.WriteAllLines(alsfrs, lines);

        var html = await PostImportAsync(client, Zip(folder.FullName), "BROKEN", "B1", "should fail");
        folder.Delete(true);

        Assert.Contains("Nothing was imported", html, StringComparison.Ordinal);
        using var api = fixture.Host.ClientFor(Application.Access.MotusRoles.Administrator);
        Assert.Contains("\"total\":0", await api.GetStringAsync("/api/v1/patients?study=BROKEN"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_NoReason_ShowsTheMessageNextToTheField()
    {
        using var client = await SignedInAsync("admin", ((Hosting.StartupReport)fixture.Host.Services.GetService(typeof(Hosting.StartupReport))!).CreatedAdministrator!.Password);

        var html = await PostImportAsync(client, Zip(RepoPaths.ValidProactFixture), "NOREASON", "N1", "");

        Assert.Contains("Please correct 1 problem(s)", html, StringComparison.Ordinal);
        Assert.Contains("Say why you import", html, StringComparison.Ordinal);
    }

    private static async Task<string> PostImportAsync(HttpClient client, byte[] zip, string protocol, string site, string reason)
    {
        var af = await FormPost.AntiforgeryAsync(client, "/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(af), "__af" },
            { new ByteArrayContent(zip), "Archive", "export.zip" },
            { new StringContent(protocol), "Protocol" },
            { new StringContent(site), "SiteCode" },
            { new StringContent("2000-01-01"), "AnchorDate" },
            { new StringContent(reason), "Reason" },
        };
        using var response = await client.PostAsync("/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static byte[] Zip(string folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder, "*.csv"))
            {
                zip.CreateEntryFromFile(file, Path.GetFileName(file));
            }
        }

        return buffer.ToArray();
    }

    private async Task<HttpClient> SignedInAsync(string user, string? password = null)
    {
        var client = fixture.Host.CreateClient();
        using var response = await FormPost.SignInAsync(client, user, password ?? fixture.Host.Passwords[user]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
