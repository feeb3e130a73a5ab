using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Motus.Application.Records;

namespace Motus.Web.Api;

/// <summary>The problem details of the patient and cell-product write endpoints, shaped like those of <see cref="RecordWriteEndpoints"/>.</summary>
internal static class WriteProblems
{
    public static NotFound<ProblemDetails> NotFound(string detail) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found",
        Detail = detail,
    });

    public static Conflict<ProblemDetails> Conflict(IReadOnlyList<FieldError> errors, long? current) => TypedResults.Conflict(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = "The record has changed",
        Detail = errors.Count > 0 ? errors[0].Message : null,
        Extensions = { ["currentVersion"] = current },
    });

    /// <summary>422 with errors by JSON path: <c>details.armCode</c>, <c>reason</c>, or <c>details</c> for the record as a whole.</summary>
    public static UnprocessableEntity<HttpValidationProblemDetails> Invalid(IReadOnlyList<FieldError> errors, string title) => TypedResults.UnprocessableEntity(
        new HttpValidationProblemDetails(errors.GroupBy(e => e.Field switch
            {
                "" => "details",
                "Reason" => "reason",
                var f => "details." + char.ToLowerInvariant(f[0]) + f[1..],
            }, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.RuleId is null ? e.Message : $"[{e.RuleId}] {e.Message}").ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
            Detail = $"{errors.Count} problem(s); nothing was saved.",
        });
}
