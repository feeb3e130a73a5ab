using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Domain.Records;
using Motus.Web.Security;

namespace Motus.Web.Pages.Records;

/// <summary>Soft-deletes one record after asking why: the record stays in the database and the audit trail, and leaves analyses and reports.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class DeleteRecordModel(CurrentAccess current, EditRecords records) : PageModel
{
    /// <summary>Protocol id.</summary>
    [BindProperty(SupportsGet = true)] public string Study { get; set; } = "";
    /// <summary>Patient code.</summary>
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    /// <summary>Kind of record (its slug).</summary>
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "";
    /// <summary>The record.</summary>
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    /// <summary>Reason for the deletion.</summary>
    [BindProperty] public string? Reason { get; set; }
    /// <summary>The version the page was read at.</summary>
    [BindProperty] public long? Version { get; set; }

    /// <summary>The kind.</summary>
    public IRecordKind RecordKind { get; private set; } = null!;
    /// <summary>Date and description of the record.</summary>
    public (string Date, string Text) Summary { get; private set; }

    /// <summary>The patient page.</summary>
    public string PatientUrl => $"/studies/{Uri.EscapeDataString(Study)}/patients/{Uri.EscapeDataString(Code)}";

    /// <summary>Shows what will be deleted.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(keepVersion: false))
        {
            return NotFound();
        }

        return Page();
    }

    /// <summary>Deletes, or shows why not.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(keepVersion: true))
        {
            return NotFound();
        }

        var access = await current.GetAsync(HttpContext.RequestAborted);
        var result = await records.DeleteAsync(RecordKind, access, new PatientKey(Study, Code), Id, Reason, Version, AuditSource.Ui, HttpContext.RequestAborted);
        if (result.Outcome == RecordWriteOutcome.Saved)
        {
            return Redirect($"{PatientUrl}?deleted={Uri.EscapeDataString(Kind)}#records");
        }

        if (result.Outcome == RecordWriteOutcome.NotFound)
        {
            return NotFound();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field == "Reason" ? "Reason" : "", error.Message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(bool keepVersion)
    {
        if (Application.Records.RecordKinds.Find(Kind) is not { } kind)
        {
            return false;
        }

        RecordKind = kind;
        var access = await current.GetAsync(HttpContext.RequestAborted);
        var key = new PatientKey(Study, Code);
        if (await records.PatientAsync(access, key, HttpContext.RequestAborted) is not PatientRecord patient
            || await records.FindAsync(kind, access, key, Id, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }

        Summary = RecordSummary.Describe(found.Record, patient);
        if (!keepVersion)
        {
            Version = found.Version;
        }

        return true;
    }
}
