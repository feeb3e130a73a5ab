using System.IO.Compression;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Import;
using Motus.Web.Security;

namespace Motus.Web.Pages.Import;

/// <summary>
/// The import page, and the first instance of the form pattern (validation summary, per-field messages, a required
/// reason for change): upload a PRO-ACT zip, import it all-or-nothing, show every error.
/// </summary>
[Authorize(Policy = Policies.Import)]
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class ImportModel(ImportProact import) : PageModel
{
    /// <summary>The largest upload.</summary>
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
                // ExtractToDirectory refuses entries that would land outside the folder ("zip slip").
                await ZipFile.ExtractToDirectoryAsync(stream, folder.FullName, HttpContext.RequestAborted);
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
