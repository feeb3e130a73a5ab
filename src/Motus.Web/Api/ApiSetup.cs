using System.Text.Json.Serialization;

namespace Motus.Web.Api;

/// <summary>The REST API under <c>/api/v1</c> and its OpenAPI document at <c>/openapi/v1.json</c>.</summary>
public static class ApiSetup
{
    /// <summary>Registers OpenAPI and JSON options (enums as names).</summary>
    public static IServiceCollection AddMotusApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Motus API";
            document.Info.Description = "Patients, their records and study analyses, limited to the caller's sites. Authenticate with Authorization: Bearer <personal access token>.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    /// <summary>Maps the endpoints and the OpenAPI document.</summary>
    public static WebApplication MapMotusApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").RequireAuthorization(Security.Policies.Signedin).WithTags("Motus")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        // Every write body carries the record's fields: a body without them is the caller's mistake (422), never a 500.
        api.AddEndpointFilter(async (context, next) =>
            context.Arguments.OfType<IRecordWrite>().Any(body => !body.HasDetails)
                ? WriteProblems.Invalid([new Application.Records.FieldError("", "details is required: the record's fields.")], "Nothing was saved")
                : await next(context));
        PatientEndpoints.Map(api);
        RecordWriteEndpoints.Map(api);
        PatientWriteEndpoints.Map(api);
        CellProductEndpoints.Map(api);
        AnalysisEndpoints.Map(api);
        return app;
    }
}
