using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Domain.Common;
using Motus.Domain.Records;
using Motus.Web.Security;

namespace Motus.Web.Pages.Records;

/// <summary>
/// The entry and edit form of one kind of record (the form pattern of Pages/Import): without an id it adds a record,
/// with one it edits it and asks for a reason. Every rule is checked by <see cref="EditRecords"/>; its errors land next
/// to their fields, and on any error nothing is saved.
/// </summary>
/// <typeparam name="TRecord">The entity.</typeparam>
/// <typeparam name="TDetails">Its content.</typeparam>
/// <typeparam name="TInput">The form's fields.</typeparam>
[Authorize(Policy = Policies.Edit)]
public abstract class RecordPageModel<TRecord, TDetails, TInput>(CurrentAccess current, EditRecords records, TimeProvider clock) : PageModel
    where TRecord : ClinicalRecord<TDetails>
    where TDetails : class, IRecordDetails
    where TInput : class, IRecordInput<TDetails>, new()
{
    /// <summary>Protocol id.</summary>
    [BindProperty(SupportsGet = true)] public string Study { get; set; } = "";
    /// <summary>Patient code.</summary>
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    /// <summary>The record edited; null for a new one.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    /// <summary>The form's fields.</summary>
    [BindProperty] public TInput Input { get; set; } = new();
    /// <summary>Reason for change (edits).</summary>
    [BindProperty] public string? Reason { get; set; }
    /// <summary>The version the form was read at (see <see cref="RecordVersion"/>).</summary>
    [BindProperty] public long? Version { get; set; }

    /// <summary>The patient with their current records (header, pick lists).</summary>
    public PatientRecord Patient { get; private set; } = null!;

    /// <summary>The kind of record.</summary>
    public abstract RecordKind<TRecord, TDetails> Kind { get; }

    /// <summary>True when editing an existing record.</summary>
    public bool Editing => Id is not null;

    /// <summary>Today's date (UTC), the default date of a new record.</summary>
    protected DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The patient page.</summary>
    public string PatientUrl => $"/studies/{Uri.EscapeDataString(Study)}/patients/{Uri.EscapeDataString(Code)}";

    /// <summary>The end of the form (reason when editing, save, cancel).</summary>
    public FormEnd End => new(Editing, Reason, PatientUrl);

    /// <summary>The form of a new record, or of record <see cref="Id"/> as stored.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        var key = new PatientKey(Study, Code);
        if (await records.PatientAsync(access, key, HttpContext.RequestAborted) is not { } patient)
        {
            return NotFound();
        }

        Patient = patient;
        if (Id is { } id)
        {
            if (await records.FindAsync(Kind, access, key, id, HttpContext.RequestAborted) is not { } found)
            {
                return NotFound();
            }

            Input = FromDetails(found.Details);
            Version = found.Version;
        }
        else
        {
            Input = NewInput();
        }

        return Page();
    }

    /// <summary>Saves, then returns to the patient page; on any error shows the form again with every message.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        var key = new PatientKey(Study, Code);
        if (await records.PatientAsync(access, key, HttpContext.RequestAborted) is not { } patient)
        {
            return NotFound();
        }

        Patient = patient;
        if (!ModelState.IsValid)
        {
            return Page(); // values the browser could not send as numbers or dates: their messages first
        }

        var result = Id is { } id
            ? await records.EditAsync(Kind, access, key, id, Input, Reason, Version, AuditSource.Ui, HttpContext.RequestAborted)
            : await records.AddAsync(Kind, access, key, Input, AuditSource.Ui, Reason, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case RecordWriteOutcome.Saved:
                return Redirect($"{PatientUrl}?saved={Uri.EscapeDataString(Kind.Slug)}#records");
            case RecordWriteOutcome.NotFound:
                return NotFound();
            default:
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(error.Field switch { "" => "", "Reason" => "Reason", var f => $"Input.{f}" }, error.Message);
                }

                return Page();
        }
    }

    /// <summary>The form's fields showing stored details.</summary>
    protected abstract TInput FromDetails(TDetails details);

    /// <summary>The fields of a new record (defaults such as today's date).</summary>
    protected virtual TInput NewInput() => new();
}
