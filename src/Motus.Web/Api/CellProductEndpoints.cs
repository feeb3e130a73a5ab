using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Motus.Application.CellProducts;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Web.Security;

namespace Motus.Web.Api;

/// <summary>
/// A study's cell-product lots, over the same use case as the pages (<see cref="EditCellProducts"/>): GET lists them
/// (read-records), POST adds one, PUT replaces one (reason required). Lots are study-level: any editor with a site in the
/// study may add them (docs/adr/0006). Lots are never deleted. Errors as for patient records: 422, 404, 409, 403.
/// </summary>
public static class CellProductEndpoints
{
    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/studies/{study}/cell-products", async Task<Results<Ok<CellProductList>, NotFound<ProblemDetails>>> (
                string study, CurrentAccess access, EditCellProducts products, CancellationToken ct) =>
            await products.ListAsync(await access.GetAsync(ct), study, ct) is { } list ? TypedResults.Ok(list) : NoStudy(study))
            .RequireAuthorization(Policies.ReadRecords).WithName("ListCellProducts")
            .WithSummary("The study's cell-product lots, each with its version and the number of administrations at the caller's sites");
        api.MapPost("/studies/{study}/cell-products", async Task<Results<Created<RecordWritten>, UnprocessableEntity<HttpValidationProblemDetails>, NotFound<ProblemDetails>>> (
                string study, RecordWrite<CellProductInput> body, CurrentAccess access, EditCellProducts products, CancellationToken ct) =>
            {
                var result = await products.AddAsync(await access.GetAsync(ct), study, body.Details, AuditSource.Api, body.Reason, ct);
                return result.Outcome switch
                {
                    RecordWriteOutcome.Saved => TypedResults.Created($"/api/v1/studies/{Uri.EscapeDataString(study)}/cell-products/{result.Id}", new RecordWritten(result.Id!.Value, result.Version!.Value)),
                    RecordWriteOutcome.NotFound => NoStudy(study),
                    _ => WriteProblems.Invalid(result.Errors, "The lot was not saved"),
                };
            })
            .RequireAuthorization(Policies.Edit).WithName("AddCellProduct")
            .WithSummary("Adds a cell-product lot to the study; validated like the form, audited with the caller as actor");
        api.MapPut("/studies/{study}/cell-products/{id:guid}", async Task<Results<Ok<RecordWritten>, UnprocessableEntity<HttpValidationProblemDetails>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> (
                string study, Guid id, RecordWrite<CellProductInput> body, CurrentAccess access, EditCellProducts products, CancellationToken ct) =>
            {
                var result = await products.EditAsync(await access.GetAsync(ct), study, id, body.Details, body.Reason, body.ExpectedVersion, AuditSource.Api, ct);
                return result.Outcome switch
                {
                    RecordWriteOutcome.Saved => TypedResults.Ok(new RecordWritten(id, result.Version!.Value)),
                    RecordWriteOutcome.NotFound => WriteProblems.NotFound($"No lot {id} in study {study} that you may change."),
                    RecordWriteOutcome.Conflict => WriteProblems.Conflict(result.Errors, result.Version),
                    _ => WriteProblems.Invalid(result.Errors, "The lot was not saved"),
                };
            })
            .RequireAuthorization(Policies.Edit).WithName("EditCellProduct")
            .WithSummary("Replaces a lot's description; 'reason' is required; refused when a recipient's administrations would break ADM-03 or ADM-04");
    }

    private static NotFound<ProblemDetails> NoStudy(string study) => WriteProblems.NotFound($"No study {study} with a site of yours.");
}
