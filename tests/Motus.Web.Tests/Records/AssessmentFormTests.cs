using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Domain.Assessments;

namespace Motus.Web.Tests.Records;

/// <summary>
/// The strength and ALSAQ forms as a browser posts them (signed-in cookie, antiforgery field): create, edit with a
/// reason, soft delete with a reason; stored values and audit rows; errors next to their fields with nothing saved.
/// </summary>
[Collection(RecordsCollection.Name)]
public sealed partial class AssessmentFormTests(RecordsHostFixture fixture)
{
    private string Patient => $"/studies/PROACT/patients/{fixture.PatientCode}";

    private string Day => fixture.SafeDate["PROACT"].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task StrengthForm_CreateEditDelete_StoredAndAuditedFromTheUi()
    {
        using var client = await SignedInAsync();

        using var created = await PostAsync(client, $"{Patient}/strength", Strength("Mrc", "Ankle dorsiflexion", "Right", "4.5"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"{Patient}?saved=strength#records", created.Headers.Location!.OriginalString);
        var id = await NewestAsync<StrengthMeasurement>("Ankle dorsiflexion");
        var stored = (await FindStrengthAsync(id))!.Details;
        Assert.Equal((StrengthMethod.Mrc, BodySide.Right, 4.5), (stored.Method, stored.Side, stored.Value));

        var editUrl = $"{Patient}/strength/{id}";
        var version = await VersionAsync(client, editUrl);
        using var edited = await PostAsync(client, editUrl, [.. Strength("Mrc", "Ankle dorsiflexion", "Right", "4"),
            ("Reason", "Re-graded at the same visit"), ("Version", version)]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(4.0, (await FindStrengthAsync(id))!.Details.Value);

        var deleteUrl = $"{editUrl}/delete";
        using var deleted = await PostAsync(client, deleteUrl, [("Reason", "Measured on the wrong side"), ("Version", await VersionAsync(client, deleteUrl))]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await FindStrengthAsync(id));

        var audit = await AuditAsync(id, "StrengthMeasurement");
        Assert.All(audit, a => Assert.Equal((AuditSource.Ui, "coordinator"), (a.Source, a.Actor)));
        var update = Assert.Single(audit, a => a.Field == "Details.Value");
        Assert.Equal(("4.5", "4", "Re-graded at the same visit"), (update.OldValue, update.NewValue, update.Reason));
        Assert.Equal("Measured on the wrong side", Assert.Single(audit, a => a.Action == AuditAction.Delete).Reason);
    }

    [Fact]
    public async Task StrengthForm_GradeSixAndNoSide_ErrorsNextToTheFieldsAndNothingSaved()
    {
        using var client = await SignedInAsync();
        var before = await CountAsync<StrengthMeasurement>();

        using var response = await PostAsync(client, $"{Patient}/strength", Strength("Mrc", "Neck flexion", "", "6"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(ErrorNear("Input_Side", "The side"), html);
        Assert.Equal(before, await CountAsync<StrengthMeasurement>());
        using var again = await PostAsync(client, $"{Patient}/strength", Strength("Mrc", "Neck flexion", "None", "6"));
        Assert.Matches(ErrorNear("Input_Value", "Value = 6: must be an MRC grade from 0 to 5"), await again.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync<StrengthMeasurement>());
    }

    [Fact]
    public async Task StrengthForm_EditWithoutReason_ReasonErrorAndValueUnchanged()
    {
        using var client = await SignedInAsync();
        var id = fixture.RecordIds[("PROACT", "strength")];
        var url = $"{Patient}/strength/{id}";
        var before = (await FindStrengthAsync(id))!.Details.Value;

        using var response = await PostAsync(client, url, [.. Strength("Mrc", "Shoulder abduction", "Left", "2"), ("Version", await VersionAsync(client, url))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give a reason for the change", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await FindStrengthAsync(id))!.Details.Value);
    }

    [Fact]
    public async Task AlsaqForm_NewForm_FortyItemsByNumberAndDomainWithTheCopyrightNoteAndScale()
    {
        using var client = await SignedInAsync();

        var html = await client.GetStringAsync($"{Patient}/alsaq");

        Assert.Equal(40, ItemFieldset().Count(html));
        Assert.Contains("Item 9 &#xB7; Physical mobility", html, StringComparison.Ordinal);
        Assert.Contains("Item 40 &#xB7; Emotional reactions", html, StringComparison.Ordinal);
        Assert.Contains("copyrighted (Isis Outcomes, University of", html, StringComparison.Ordinal);
        Assert.Contains("Always, or cannot do at all", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/assets/score-form.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<fieldset class=\"score-item\"[^>]*hidden", html); // ALSAQ-40: every item active
    }

    [Fact]
    public async Task AlsaqForm_CreateLongFormEditToShortFormDelete_StoredScoredAndAudited()
    {
        using var client = await SignedInAsync();
        var answers = Enumerable.Range(1, 40).ToDictionary(n => n, n => n == 17 ? "none" : (n % 5).ToString(CultureInfo.InvariantCulture));

        using var created = await PostAsync(client, $"{Patient}/alsaq", Alsaq("Alsaq40", answers));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await NewestAsync<AlsaqAssessment>(null);
        var stored = (await FindAlsaqAsync(id))!.Details;
        Assert.Equal(AlsaqForm.Alsaq40, stored.Form);
        Assert.Equal(Enumerable.Range(1, 40).Select(n => n == 17 ? null : (int?)(n % 5)), stored.Items);
        // Items 1–10 answer n mod 5: 1,2,3,4,0,1,2,3,4,0 → 20 of 40 → 50.
        Assert.Equal(50.0, stored.DomainScore(AlsaqDomain.PhysicalMobility));

        // The edit form shows the stored answers, the unanswered item as "No answer".
        var editUrl = $"{Patient}/alsaq/{id}";
        var form = await client.GetStringAsync(editUrl);
        Assert.Matches("name=\"Answers\\[17\\]\" value=\"none\" checked=\"checked\"", form);
        Assert.Matches("name=\"Answers\\[9\\]\" value=\"4\" checked=\"checked\"", form);

        // Switching to ALSAQ-5 keeps the answers of items 9, 11, 22, 25 and 34.
        using var edited = await PostAsync(client, editUrl, [.. Alsaq("Alsaq5", answers), ("Reason", "Short form was used at this visit"),
            ("Version", VersionIn(form))]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        stored = (await FindAlsaqAsync(id))!.Details;
        Assert.Equal(AlsaqForm.Alsaq5, stored.Form);
        Assert.Equal([4, 1, 2, 0, 4], stored.Items);

        var patientPage = await client.GetStringAsync(Patient);
        Assert.Contains("ALSAQ-5: physical mobility 100.0, activities of daily living and independence 25.0, eating and drinking 50.0, " +
            "communication 0.0, emotional reactions 100.0; summary index 55.0 (5 of 5 answered)", patientPage, StringComparison.Ordinal);
        Assert.Contains($"{Patient}/alsaq/{id}/delete", patientPage, StringComparison.Ordinal);

        var deleteUrl = $"{editUrl}/delete";
        using var deleted = await PostAsync(client, deleteUrl, [("Reason", "Entered twice"), ("Version", await VersionAsync(client, deleteUrl))]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await FindAlsaqAsync(id));

        var audit = await AuditAsync(id, "AlsaqAssessment");
        Assert.All(audit, a => Assert.Equal((AuditSource.Ui, "coordinator"), (a.Source, a.Actor)));
        var items = Assert.Single(audit, a => a.Field == "Details.Items");
        Assert.Equal(string.Join(",", Enumerable.Range(1, 40).Select(n => n == 17 ? "" : (n % 5).ToString(CultureInfo.InvariantCulture))), items.OldValue);
        Assert.Equal(("4,1,2,0,4", "Short form was used at this visit"), (items.NewValue, items.Reason));
        var version = Assert.Single(audit, a => a.Field == "Details.Form");
        Assert.Equal(("Alsaq40", "Alsaq5"), (version.OldValue, version.NewValue));
        Assert.Equal("Entered twice", Assert.Single(audit, a => a.Action == AuditAction.Delete).Reason);
    }

    [Fact]
    public async Task AlsaqForm_ItemLeftUntouchedAndNoDate_ErrorsOnThatItemAndTheDateAnswersKeptNothingSaved()
    {
        using var client = await SignedInAsync();
        var answers = Enumerable.Range(1, 40).Where(n => n != 23).ToDictionary(n => n, _ => "2");
        var before = await CountAsync<AlsaqAssessment>();

        using var response = await PostAsync(client, $"{Patient}/alsaq", [.. Alsaq("Alsaq40", answers).Where(f => f.Item1 != "Input.Date"), ("Input.Date", " ")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Please correct 2 problem(s)", html, StringComparison.Ordinal);
        Assert.Matches(ErrorNear("Input_Date", "The date the questionnaire was completed is required"), html);
        Assert.Matches(ErrorNear(Regex.Escape("Input_Items[23]"), "Choose an answer for item 23 \\(eating and drinking\\)"), html);
        Assert.Matches("name=\"Answers\\[22\\]\" value=\"2\" checked=\"checked\"", html);
        Assert.Equal(before, await CountAsync<AlsaqAssessment>());
    }

    [Fact]
    public async Task AlsaqForm_ShortFormEdit_OnlyTheFiveItemsActiveNumberedByPosition()
    {
        using var client = await SignedInAsync();

        var html = await client.GetStringAsync($"{Patient}/alsaq/{fixture.RecordIds[("PROACT", "alsaq")]}");

        // Seeded ALSAQ-5 answers 1, 2, 3, 4, 0 for items 9, 11, 22, 25, 34.
        Assert.Equal(["9", "11", "22", "25", "34"], ActiveItem().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("id=\"Input_Items[3]\"", html, StringComparison.Ordinal);
        Assert.Matches("name=\"Answers\\[22\\]\" value=\"3\" checked=\"checked\"", html);
        Assert.Matches("<output data-score=\"summary\">50.0</output>", html);
    }

    private static (string, string)[] Strength(string method, string muscle, string side, string value) =>
        [("Input.Date", ""), ("Input.Method", method), ("Input.MuscleGroup", muscle), ("Input.Side", side), ("Input.Value", value)];

    private (string, string)[] Alsaq(string form, Dictionary<int, string> answers) =>
        [("Input.Date", Day), ("Input.Form", form), .. answers.Select(a => ($"Answers[{a.Key}]", a.Value))];

    private async Task<HttpClient> SignedInAsync()
    {
        var client = fixture.Host.CreateClient();
        using var response = await FormPost.SignInAsync(client, "coordinator", fixture.Host.Passwords["coordinator"]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the form at <paramref name="url"/> with its antiforgery field; an empty Input.Date becomes the safe date.</summary>
    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<(string Name, string Value)> fields)
    {
        var token = await FormPost.AntiforgeryAsync(client, url);
        using var content = new FormUrlEncodedContent([new("__af", token),
            .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Name == "Input.Date" && f.Value.Length == 0 ? Day : f.Value))]);
        return await client.PostAsync(url, content);
    }

    private static async Task<string> VersionAsync(HttpClient client, string url) => VersionIn(await client.GetStringAsync(url));

    private static string VersionIn(string html) => VersionField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No version field");

    /// <summary>The error message inside the element with <paramref name="id"/> (its field-error span, before the next field).</summary>
    private static string ErrorNear(string id, string message) =>
        $"id=\"{id}\"(?:(?!<div class=\"field\"|<fieldset)[\\s\\S])*?<span class=\"field-error\"><span class=\"field-validation-error\"[^>]*>[^<]*{message}";

    private async Task<Guid> NewestAsync<T>(string? muscleGroup)
        where T : class, Domain.Common.IClinicalRecord
    {
        await using var db = await fixture.Host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        var type = typeof(T).Name;
        var ids = db.AuditEntries.AsNoTracking().Where(a => a.EntityType == type && a.Action == AuditAction.Create && a.Source == AuditSource.Ui);
        if (muscleGroup is not null)
        {
            ids = ids.Where(a => a.NewValue!.Contains(muscleGroup));
        }

        return Guid.Parse((await ids.OrderByDescending(a => a.Sequence).FirstAsync()).EntityId);
    }

    private Task<RecordForEdit<StrengthDetails>?> FindStrengthAsync(Guid id) =>
        fixture.Records.FindAsync(RecordKinds.Strength, AccessScope.Unrestricted("t"), fixture.Patient("PROACT"), id);

    private Task<RecordForEdit<AlsaqDetails>?> FindAlsaqAsync(Guid id) =>
        fixture.Records.FindAsync(RecordKinds.Alsaq, AccessScope.Unrestricted("t"), fixture.Patient("PROACT"), id);

    private async Task<List<AuditEntry>> AuditAsync(Guid id, string entityType)
    {
        await using var db = await fixture.Host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        var key = id.ToString();
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == key).OrderBy(a => a.Sequence).ToListAsync();
    }

    private async Task<int> CountAsync<T>()
        where T : class
    {
        await using var db = await fixture.Host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        return await db.Set<T>().IgnoreQueryFilters().CountAsync();
    }

    [GeneratedRegex("<fieldset class=\"score-item\"[^>]*data-item=\"\\d+\"")]
    private static partial Regex ItemFieldset();

    [GeneratedRegex("<fieldset class=\"score-item\" id=\"Input_Items\\[\\d+\\]\"[^>]*data-item=\"(\\d+)\"")]
    private static partial Regex ActiveItem();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
