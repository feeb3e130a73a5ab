using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Motus.Application;
using Motus.Application.Access;
using Motus.Data.Auditing;
using Motus.Domain.Validation;

namespace Motus.Web.Hosting;

/// <summary>
/// The one exception-to-HTTP map: every exception becomes an RFC 7807 ProblemDetails (JSON for the API, a short page
/// for the browser). Expected failures carry their message; anything else is a 500 without internals.
/// </summary>
public static class ErrorMap
{
    /// <summary>Status and title for an exception.</summary>
    public static (int Status, string Title, string? Detail) Map(Exception exception) => exception switch
    {
        MotusException { Category: ExitCategory.Usage } e => (StatusCodes.Status400BadRequest, "Bad request", e.Message),
        MotusException e => (StatusCodes.Status422UnprocessableEntity, "The data were not accepted", e.Message),
        AccessDeniedException e => (StatusCodes.Status403Forbidden, "Forbidden", e.Message),
        ReasonRequiredException e => (StatusCodes.Status422UnprocessableEntity, "A reason for change is required", e.Message),
        DomainValidationException e => (StatusCodes.Status422UnprocessableEntity, "The data break a rule", e.Message),
        BadHttpRequestException e => (e.StatusCode, "Bad request", e.Message),
        var e when Application.Database.WriteCollision.Is(e) => (StatusCodes.Status409Conflict, "Someone else saved at the same moment",
            "Another change was saved at the same moment; nothing of yours was saved. Reload and try again."),
        OperationCanceledException => (499, "Request cancelled", null),
        _ => (StatusCodes.Status500InternalServerError, "Unexpected error", "The error was logged; nothing was half-saved (every change runs in one transaction)."),
    };

    /// <summary>Registers ProblemDetails and the handler.</summary>
    public static IServiceCollection AddMotusErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<Handler>();
        return services;
    }

    /// <summary>Adds the exception handler and ProblemDetails for bare error status codes.</summary>
    public static WebApplication UseMotusErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    private sealed class Handler(IProblemDetailsService problems, ILogger<Handler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var (status, title, detail) = Map(exception);
            if (status >= 500)
            {
                logger.LogError(exception, "Unhandled exception on {Path}", httpContext.Request.Path);
            }

            httpContext.Response.StatusCode = status;
            var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = httpContext.Request.Path };
            if (!httpContext.Request.Path.StartsWithSegments("/api"))
            {
                httpContext.Response.ContentType = "text/html; charset=utf-8";
                await httpContext.Response.WriteAsync(ErrorPage.Render(problem), cancellationToken);
                return true;
            }

            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        }
    }
}
