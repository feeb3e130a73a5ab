using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.CellProducts;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Domain.CellTherapy;
using Motus.Domain.Patients;
using Motus.Web.Tests.Records;

namespace Motus.Web.Tests.Patients;

/// <summary>The registration, patient edit and lot forms posted as a browser does (cookie sign-in, antiforgery field), checked in the database and the audit trail.</summary>
[Collection(RecordsCollection.Name)]
public sealed partial class PatientFormsTests(RecordsHostFixture fixture)
{
    private MotusDatabase Database => fixture.Host.Services.GetRequiredService<MotusDatabase>();

    private static string NewCode() => "WEB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static Dictionary<string, string> Registration(string code) => new()
    {
        ["Study"] = "PROACT",
        ["Input.Code"] = code,
        ["Input.Site"] = "PROACT",
        ["Input.Sex"] = "Female",
        ["Input.YearOfBirth"] = "1961",
        ["Input.OnsetDate"] = "2025-01-10",
        ["Input.OnsetRegion"] = "LowerLimb",
        ["Input.DiagnosisDate"] = "2025-06-02",
        ["Input.DiagnosticCategory"] = "ElEscorialDefinite",
        ["GeneticsTested"] = "tested",
        ["Variants"] = "Sod1",
        ["Input.Ftd"] = "false",
        ["Input.FamilyHistory"] = "",
        ["Input.ConsentDate"] = "2025-07-01",
        ["Input.EnrolmentDate"] = "2025-07-08",
    };

    [Fact]
    public async Task RegisterForm_ValidPost_RedirectsToThePatientAndStoresWithAUiAuditRow()
    {
        using var client = await SignedInAsync("coordinator");
        var code = NewCode();

        using var response = await PostAsync(client, "/patients/register?study=PROACT", Registration(code));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/studies/PROACT/patients/{code}?saved=patient", response.Headers.Location!.OriginalString);
        var p = await StoredAsync(code);
        Assert.Equal((Sex.Female, 1961, OnsetRegion.LowerLimb, DiagnosticCategory.ElEscorialDefinite, GeneticFindings.Sod1, false, (bool?)null),
            (p.Sex, p.YearOfBirth!.Value, p.OnsetRegion, p.DiagnosticCategory, p.Genetics!.Value, p.Ftd!.Value, p.FamilyHistory));
        Assert.Equal(new DateOnly(2025, 7, 8), p.EnrolmentDate);
        var row = Assert.Single(await AuditAsync("Patient", p.Id.Value));
        Assert.Equal(("coordinator", AuditSource.Ui, AuditAction.Create), (row.Actor, row.Source, row.Action));
        Assert.Contains($"Patient {code}", await client.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterForm_BrokenRules_ErrorsNextToTheirFieldsAndNothingSaved()
    {
        using var client = await SignedInAsync("coordinator");
        var code = NewCode();
        var form = Registration(code);
        form["Input.Sex"] = "";
        form["Input.DiagnosisDate"] = "2024-12-31";
        form["GeneticsTested"] = "";

        using var response = await PostAsync(client, "/patients/register?study=PROACT", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please correct 2 problem(s)", html, StringComparison.Ordinal); // the domain rules run once the required choices are made
        Assert.Contains("Sex (choose Unknown when not recorded) is required.", ErrorFor(html, "Input.Sex"), StringComparison.Ordinal);
        Assert.Contains("ticked but genetic testing is marked as not done", ErrorFor(html, "Input.Genetics"), StringComparison.Ordinal);
        Assert.False(await ExistsAsync(code));

        form["Input.Sex"] = "Unknown";
        form["GeneticsTested"] = "tested";
        using var second = await PostAsync(client, "/patients/register?study=PROACT", form);
        Assert.Contains("must be on or after the symptom-onset date", ErrorFor(await second.Content.ReadAsStringAsync(), "Input.DiagnosisDate"), StringComparison.Ordinal);
        Assert.False(await ExistsAsync(code));
    }

    [Fact]
    public async Task RegisterForm_OtherStudy_404ForAUserWithoutASiteThere()
    {
        using var client = await SignedInAsync("coordinator");

        using var get = await client.GetAsync("/patients/register?study=OTHER");
        using var post = await PostAsync(client, "/patients/register?study=PROACT", new Dictionary<string, string>(Registration(NewCode())) { ["Study"] = "OTHER", ["Input.Site"] = "OTHER" });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, post.StatusCode));
    }

    [Fact]
    public async Task EditForm_WithReason_SavesAndAuditsOldNewActorAndReason()
    {
        using var client = await SignedInAsync("investigator");
        var code = await RegisterAsync();
        var url = $"/studies/PROACT/patients/{code}/edit";
        var form = Registration(code);
        form.Remove("Study");
        form["Input.FamilyHistory"] = "true";
        form["Variants"] = "C9orf72";
        form["Reason"] = "Family history taken at visit 2";
        form["Version"] = VersionOn(await client.GetStringAsync(url));

        using var response = await PostAsync(client, url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var p = await StoredAsync(code);
        Assert.Equal((true, GeneticFindings.C9orf72), (p.FamilyHistory!.Value, p.Genetics!.Value));
        var rows = (await AuditAsync("Patient", p.Id.Value)).Where(a => a.Action == AuditAction.Update).OrderBy(a => a.Field, StringComparer.Ordinal).ToList();
        Assert.Equal([("FamilyHistory", null, "true"), ("Genetics", "Sod1", "C9orf72")], rows.Select(r => (r.Field!, r.OldValue, r.NewValue!)));
        Assert.All(rows, r => Assert.Equal(("investigator", AuditSource.Ui, "Family history taken at visit 2"), (r.Actor, r.Source, r.Reason!)));
    }

    [Fact]
    public async Task EditForm_NoReason_ErrorNextToTheReasonAndNothingSaved()
    {
        using var client = await SignedInAsync("coordinator");
        var code = await RegisterAsync();
        var form = Registration(code);
        form["Input.Ftd"] = "true";

        using var response = await PostAsync(client, $"/studies/PROACT/patients/{code}/edit", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give a reason for the change", ErrorFor(await response.Content.ReadAsStringAsync(), "Reason"), StringComparison.Ordinal);
        Assert.False((await StoredAsync(code)).Ftd);
    }

    [Fact]
    public async Task LotForm_AddThenEditWithReason_StoredAuditedAndOfferedOnTheAdministrationForm()
    {
        using var client = await SignedInAsync("coordinator");
        var lot = "L-" + Guid.NewGuid().ToString("N")[..8];
        var form = new Dictionary<string, string>
        {
            ["Input.Lot"] = lot,
            ["Input.Name"] = "NurOwn",
            ["Input.Type"] = "MscNtf",
            ["Input.Source"] = "BoneMarrow",
            ["Input.Origin"] = "Autologous",
            ["Input.DonorPatientCode"] = fixture.PatientCode,
            ["Input.ViabilityPercent"] = "93.5",
            ["Input.ReleaseDate"] = "1999-12-01",
        };

        using var added = await PostAsync(client, "/studies/PROACT/cell-products/lot", form);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var view = await LotAsync(lot);
        Assert.Equal((CellOrigin.Autologous, fixture.PatientCode, 93.5), (view.Details.Origin!.Value, view.Details.DonorPatientCode!, view.Details.ViabilityPercent!.Value));
        Assert.Contains($"{lot} — NurOwn", WebUtility.HtmlDecode(await client.GetStringAsync($"/studies/PROACT/patients/{fixture.PatientCode}/administrations")), StringComparison.Ordinal);

        form["Input.ViabilityPercent"] = "95";
        form["Reason"] = "Release certificate re-issued";
        form["Version"] = view.Version.ToString(CultureInfo.InvariantCulture);
        using var edited = await PostAsync(client, $"/studies/PROACT/cell-products/lot/{view.Id}", form);

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var row = Assert.Single(await AuditAsync("CellProduct", view.Id), a => a.Action == AuditAction.Update);
        Assert.Equal(("Details.ViabilityPercent", "93.5", "95", "coordinator", "Release certificate re-issued"), (row.Field!, row.OldValue, row.NewValue, row.Actor, row.Reason));
    }

    [Fact]
    public async Task LotForm_DuplicateLotAndOutOfRangeViability_ErrorsNextToTheirFields()
    {
        using var client = await SignedInAsync("coordinator");
        var form = new Dictionary<string, string>
        {
            ["Input.Lot"] = "lot-proact",
            ["Input.Name"] = "MSC",
            ["Input.Type"] = "Msc",
            ["Input.Source"] = "Unknown",
            ["Input.Origin"] = "Allogeneic",
            ["Input.ViabilityPercent"] = "120",
        };

        using var response = await PostAsync(client, "/studies/PROACT/cell-products/lot", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("must be unique within the study", ErrorFor(html, "Input.Lot"), StringComparison.Ordinal);
        Assert.Contains("must be from 0 to 100 %", ErrorFor(html, "Input.ViabilityPercent"), StringComparison.Ordinal);
    }

    private async Task<string> RegisterAsync()
    {
        var code = NewCode();
        var input = new PatientInput
        {
            Code = code,
            Site = "PROACT",
            Sex = Sex.Female,
            YearOfBirth = 1961,
            OnsetDate = new(2025, 1, 10),
            OnsetRegion = OnsetRegion.LowerLimb,
            DiagnosisDate = new(2025, 6, 2),
            DiagnosticCategory = DiagnosticCategory.ElEscorialDefinite,
            Genetics = GeneticFindings.Sod1,
            Ftd = false,
            ConsentDate = new(2025, 7, 1),
            EnrolmentDate = new(2025, 7, 8),
        };
        var result = await new EditPatients(Database).RegisterAsync(AccessScope.Unrestricted("test-seed"), "PROACT", input, AuditSource.System);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return code;
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = fixture.Host.CreateClient();
        using var response = await FormPost.SignInAsync(client, user, fixture.Host.Passwords[user]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var af = await FormPost.AntiforgeryAsync(client, url);
        using var form = new FormUrlEncodedContent(fields.Append(new("__af", af)));
        return await client.PostAsync(url, form);
    }

    /// <summary>The message shown next to <paramref name="field"/> (its validation span), empty when none.</summary>
    private static string ErrorFor(string html, string field)
    {
        var match = Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<", RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    private static string VersionOn(string html) => VersionField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    private async Task<Domain.Patients.Patient> StoredAsync(string code)
    {
        await using var db = await Database.OpenAsync();
        return await db.Patients.AsNoTracking().SingleAsync(p => p.Code == code);
    }

    private async Task<bool> ExistsAsync(string code)
    {
        await using var db = await Database.OpenAsync();
        return await db.Patients.IgnoreQueryFilters().AnyAsync(p => p.Code == code);
    }

    private async Task<CellProductView> LotAsync(string lot) =>
        (await new EditCellProducts(Database).ListAsync(AccessScope.Unrestricted("t"), "PROACT"))!.Products.Single(p => p.Details.Lot == lot);

    private async Task<List<AuditEntry>> AuditAsync(string entityType, Guid id)
    {
        await using var db = await Database.OpenAsync();
        var key = AuditValueFormatter.Format(id);
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == key).OrderBy(a => a.Sequence).ToListAsync();
    }
}
