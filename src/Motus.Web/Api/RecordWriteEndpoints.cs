using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Domain.Common;
using Motus.Web.Security;

namespace Motus.Web.Api;

/// <summary>
/// Write endpoints for single clinical records, over the same use case as the entry forms (<see cref="EditRecords"/>):
/// POST adds, PUT replaces (reason in the body), DELETE soft-deletes (reason in the <c>reason</c> query parameter).
/// Errors: 422 with field → messages (<c>details.q1Speech</c>, <c>reason</c>, <c>details</c> for the record as a whole),
/// 404 for a patient or record not at the caller's sites, 409 when <c>expectedVersion</c> is stale, 403 without the right to edit.
/// </summary>
public static class RecordWriteEndpoints
{
    /// <summary>Maps POST/PUT/DELETE for every kind on <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var patient = api.MapGroup("/studies/{study}/patients/{code}").RequireAuthorization(Policies.Edit);
        MapKind<Domain.Assessments.AlsfrsAssessment, Domain.Assessments.AlsfrsDetails, AlsfrsInput>(patient, RecordKinds.Alsfrs, "Alsfrs");
        MapKind<Domain.Assessments.VitalCapacityTest, Domain.Assessments.VitalCapacityDetails, VitalCapacityInput>(patient, RecordKinds.VitalCapacity, "VitalCapacity");
        MapKind<Domain.Assessments.VitalSigns, Domain.Assessments.VitalSignsDetails, VitalSignsInput>(patient, RecordKinds.VitalSigns, "VitalSigns");
        MapKind<Domain.Assessments.BiomarkerResult, Domain.Assessments.BiomarkerDetails, BiomarkerInput>(patient, RecordKinds.Biomarker, "Biomarker");
        MapKind<Domain.CellTherapy.Administration, Domain.CellTherapy.AdministrationDetails, AdministrationInput>(patient, RecordKinds.Administration, "Administration");
        MapKind<Domain.Safety.AdverseEvent, Domain.Safety.AdverseEventDetails, AdverseEventInput>(patient, RecordKinds.AdverseEvent, "AdverseEvent");
        MapKind<Domain.Events.ClinicalEvent, Domain.Events.ClinicalEventDetails, ClinicalEventInput>(patient, RecordKinds.Event, "Event");
        MapKind<Domain.Medications.ConcomitantMedication, Domain.Medications.MedicationDetails, MedicationInput>(patient, RecordKinds.Medication, "Medication");
        MapKind<Domain.Assessments.StrengthMeasurement, Domain.Assessments.StrengthDetails, StrengthInput>(patient, RecordKinds.Strength, "Strength");
        MapKind<Domain.Assessments.AlsaqAssessment, Domain.Assessments.AlsaqDetails, AlsaqInput>(patient, RecordKinds.Alsaq, "Alsaq");
    }

    private static void MapKind<TRecord, TDetails, TInput>(RouteGroupBuilder patient, RecordKind<TRecord, TDetails> kind, string name)
        where TRecord : ClinicalRecord<TDetails>
        where TDetails : class, IRecordDetails
        where TInput : class, IRecordInput<TDetails>
    {
        var title = kind.Title.ToLowerInvariant();
        patient.MapPost($"/{kind.Slug}", async Task<Results<Created<RecordWritten>, UnprocessableEntity<HttpValidationProblemDetails>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> (
                string study, string code, RecordWrite<TInput> body, CurrentAccess access, EditRecords records, HttpContext http, CancellationToken ct) =>
            {
                var result = await records.AddAsync(kind, await access.GetAsync(ct), new PatientKey(study, code), body.Details, AuditSource.Api, body.Reason, ct);
                return result.Outcome switch
                {
                    RecordWriteOutcome.Saved => TypedResults.Created($"{http.Request.Path}/{result.Id}", new RecordWritten(result.Id!.Value, result.Version!.Value)),
                    RecordWriteOutcome.NotFound => NotFound(result, study, code),
                    RecordWriteOutcome.Conflict => Conflict(result),
                    _ => Invalid(result),
                };
            })
            .WithName($"Add{name}").WithSummary($"Adds a {title}; validated like the entry form, audited with the caller as actor");
        patient.MapPut($"/{kind.Slug}/{{id:guid}}", async Task<Results<Ok<RecordWritten>, UnprocessableEntity<HttpValidationProblemDetails>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> (
                string study, string code, Guid id, RecordWrite<TInput> body, CurrentAccess access, EditRecords records, CancellationToken ct) =>
            {
                var result = await records.EditAsync(kind, await access.GetAsync(ct), new PatientKey(study, code), id, body.Details, body.Reason, body.ExpectedVersion, AuditSource.Api, ct);
                return result.Outcome switch
                {
                    RecordWriteOutcome.Saved => TypedResults.Ok(new RecordWritten(id, result.Version!.Value)),
                    RecordWriteOutcome.NotFound => NotFound(result, study, code),
                    RecordWriteOutcome.Conflict => Conflict(result),
                    _ => Invalid(result),
                };
            })
            .WithName($"Edit{name}").WithSummary($"Replaces a {title}; 'reason' is required, 'expectedVersion' guards against overwriting someone else's change");
        patient.MapDelete($"/{kind.Slug}/{{id:guid}}", async Task<Results<Ok<RecordWritten>, UnprocessableEntity<HttpValidationProblemDetails>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> (
                string study, string code, Guid id, string? reason, long? expectedVersion, CurrentAccess access, EditRecords records, CancellationToken ct) =>
            {
                var result = await records.DeleteAsync(kind, await access.GetAsync(ct), new PatientKey(study, code), id, reason, expectedVersion, AuditSource.Api, ct);
                return result.Outcome switch
                {
                    RecordWriteOutcome.Saved => TypedResults.Ok(new RecordWritten(id, result.Version!.Value)),
                    RecordWriteOutcome.NotFound => NotFound(result, study, code),
                    RecordWriteOutcome.Conflict => Conflict(result),
                    _ => Invalid(result),
                };
            })
            .WithName($"Delete{name}").WithSummary($"Soft-deletes a {title} (kept in the audit trail); the 'reason' query parameter is required");
    }

    private static NotFound<ProblemDetails> NotFound(RecordWriteResult result, string study, string code) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found",
        Detail = result.Id is null ? $"No patient {code} in study {study} at your sites." : $"No current record {result.Id} of patient {code} in study {study} at your sites.",
    });

    private static Conflict<ProblemDetails> Conflict(RecordWriteResult result) => TypedResults.Conflict(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = "The record has changed",
        Detail = result.Errors.Count > 0 ? result.Errors[0].Message : null,
        Extensions = { ["currentVersion"] = result.Version },
    });

    private static UnprocessableEntity<HttpValidationProblemDetails> Invalid(RecordWriteResult result) => TypedResults.UnprocessableEntity(
        new HttpValidationProblemDetails(Errors(result.Errors))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The record was not saved",
            Detail = $"{result.Errors.Count} problem(s); nothing was saved.",
        });

    /// <summary>Errors by JSON path: <c>details.q1Speech</c>, <c>reason</c>, or <c>details</c> for the record as a whole.</summary>
    private static Dictionary<string, string[]> Errors(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field switch
            {
                "" => "details",
                "Reason" => "reason",
                var f => "details." + char.ToLowerInvariant(f[0]) + f[1..],
            }, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.RuleId is null ? e.Message : $"[{e.RuleId}] {e.Message}").ToArray(), StringComparer.Ordinal);
}
