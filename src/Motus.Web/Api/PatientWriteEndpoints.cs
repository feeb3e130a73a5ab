using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Motus.Application.Patients;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Web.Security;

namespace Motus.Web.Api;

/// <summary>
/// Registering a patient and correcting a patient's facts, over the same use case as the pages (<see cref="EditPatients"/>):
/// POST registers at one of the caller's sites, PUT replaces every fact (reason required; a site code of another of the
/// caller's sites moves the patient), GET …/details reads the facts as PUT takes them, with the version. A patient is
/// never deleted; withdrawal is the withdrawal date. Errors: 422 (field → messages), 404 (study or patient not at the
/// caller's sites), 409 (stale <c>expectedVersion</c>), 403 without the right to edit.
/// </summary>
public static class PatientWriteEndpoints
{
    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/studies/{study}/patients/{code}/details", async Task<Results<Ok<PatientForEdit>, NotFound<ProblemDetails>>> (
                string study, string code, CurrentAccess access, EditPatients patients, CancellationToken ct) =>
            await patients.FindAsync(await access.GetAsync(ct), new PatientKey(study, code), ct) is { } found
                ? TypedResults.Ok(found)
                : WriteProblems.NotFound($"No patient {code} in study {study} at your sites."))
            .RequireAuthorization(Policies.ReadRecords).WithName("GetPatientDetails")
            .WithSummary("A patient's facts as PUT takes them, with the version to send back as expectedVersion");
        api.MapPost("/studies/{study}/patients", async Task<Results<Created<PatientWritten>, UnprocessableEntity<HttpValidationProblemDetails>, NotFound<ProblemDetails>>> (
                string study, RecordWrite<PatientInput> body, CurrentAccess access, EditPatients patients, CancellationToken ct) =>
            {
                var result = await patients.RegisterAsync(await access.GetAsync(ct), study, body.Details, AuditSource.Api, body.Reason, ct);
                return result.Outcome switch
                {
                    RecordWriteOutcome.Saved => TypedResults.Created($"/api/v1/studies/{Uri.EscapeDataString(study)}/patients/{Uri.EscapeDataString(result.Code!)}",
                        new PatientWritten(study, result.Code!, result.Version!.Value)),
                    RecordWriteOutcome.NotFound => WriteProblems.NotFound($"No study {study} with a site of yours."),
                    _ => WriteProblems.Invalid(result.Errors, "The patient was not registered"),
                };
            })
            .RequireAuthorization(Policies.Edit).WithName("RegisterPatient")
            .WithSummary("Registers a patient at one of the caller's sites; validated like the registration form, audited with the caller as actor");
        api.MapPut("/studies/{study}/patients/{code}", async Task<Results<Ok<PatientWritten>, UnprocessableEntity<HttpValidationProblemDetails>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> (
                string study, string code, RecordWrite<PatientInput> body, CurrentAccess access, EditPatients patients, CancellationToken ct) =>
            {
                var result = await patients.EditAsync(await access.GetAsync(ct), new PatientKey(study, code), body.Details, body.Reason, body.ExpectedVersion, AuditSource.Api, ct);
                return result.Outcome switch
                {
                    RecordWriteOutcome.Saved => TypedResults.Ok(new PatientWritten(study, result.Code!, result.Version!.Value)),
                    RecordWriteOutcome.NotFound => WriteProblems.NotFound($"No patient {code} in study {study} at your sites."),
                    RecordWriteOutcome.Conflict => WriteProblems.Conflict(result.Errors, result.Version),
                    _ => WriteProblems.Invalid(result.Errors, "The patient was not saved"),
                };
            })
            .RequireAuthorization(Policies.Edit).WithName("EditPatient")
            .WithSummary("Replaces a patient's facts; 'reason' is required, 'expectedVersion' guards against overwriting someone else's change; the code cannot change");
    }
}

/// <summary>A patient after a write.</summary>
/// <param name="Study">Protocol id.</param>
/// <param name="Code">The patient's code.</param>
/// <param name="Version">The patient's version now (send it back as <c>expectedVersion</c>).</param>
public sealed record PatientWritten(string Study, string Code, long Version);
