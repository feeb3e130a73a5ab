using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Motus.Application.Import;
using Motus.Web.Hosting;
using Motus.Web.Security;

namespace Motus.Web.Pages.Import;

/// <summary>
/// The import page, and the first instance of the form pattern (validation summary, per-field messages, a required
/// reason for change): upload a PRO-ACT zip, import it all-or-nothing, show every error. The upload is capped at
/// <see cref="MaxUploadBytes"/> (request body and multipart limits, overriding Kestrel's 30 MB and FormOptions' 128 MB for this
/// page only); what it unpacks to is capped by <see cref="ImportOptions"/> (<see cref="ZipGuard"/>).
/// </summary>
[Authorize(Policy = Policies.Import)]
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class ImportModel(ImportProact import, IOptions<ImportOptions> limits) : PageModel
{
    /// <summary>The largest upload, in bytes (512 MiB): the request body limit and the multipart body limit of this page.</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    /// <summary>The zip.</summary>
    [BindProperty] public IFormFile? Archive { get; set; }
    /// <summary>Protocol id.</summary>
    [BindProperty] public string Protocol { get; set; } = "PROACT";
    /// <summary>Name of a new study.</summary>
    [BindProperty] public string? StudyName { get; set; }
    /// <summary>Site code.</summary>
    [BindProperty] public string SiteCode { get; set; } = "PROACT";
    /// <summary>Day 0.</summary>
    [BindProperty] public DateOnly AnchorDate { get; set; } = new(2000, 1, 1);
    /// <summary>Reason for change.</summary>
    [BindProperty] public string? Reason { get; set; }

    /// <summary>The outcome of a run.</summary>
    public ImportProactResult? Result { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet() { }

    /// <summary>Imports.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (Archive is null || Archive.Length == 0) { ModelState.AddModelError(nameof(Archive), "Choose a zip file."); }
        if (string.IsNullOrWhiteSpace(Protocol)) { ModelState.AddModelError(nameof(Protocol), "Give the study's protocol id."); }
        if (string.IsNullOrWhiteSpace(SiteCode)) { ModelState.AddModelError(nameof(SiteCode), "Give the site code."); }
        if (string.IsNullOrWhiteSpace(Reason)) { ModelState.AddModelError(nameof(Reason), "Say why you import (recorded in the audit trail)."); }
        if (!ModelState.IsValid) { return Page(); }

        var folder = Directory.CreateTempSubdirectory("motus-import-");
        try
        {
            try
            {
                await using var stream = Archive!.OpenReadStream();
                if (await ZipGuard.ExtractAsync(stream, folder, limits.Value, HttpContext.RequestAborted) is { } refusal)
                {
                    ModelState.AddModelError(nameof(Archive), refusal + " Nothing was imported.");
                    return Page();
                }
            }
            catch (InvalidDataException e)
            {
                ModelState.AddModelError(nameof(Archive), $"Not a readable zip file: {e.Message}");
                return Page();
            }

            var root = FormsFolder(folder);
            Result = await import.RunAsync(new ImportProactRequest(root.FullName, Protocol.Trim(), string.IsNullOrWhiteSpace(StudyName) ? $"PRO-ACT import {Protocol.Trim()}" : StudyName.Trim(),
                SiteCode.Trim(), AnchorDate, User.Identity!.Name!, Reason!.Trim()), null, HttpContext.RequestAborted);
            return Page();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The folder holding the CSV files: the zip's root, or its only sub-folder.</summary>
    private static DirectoryInfo FormsFolder(DirectoryInfo folder)
    {
        var dirs = folder.GetDirectories();
        return folder.GetFiles("*.csv").Length == 0 && dirs.Length == 1 ? dirs[0] : folder;
    }
}
