using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc;

namespace Motus.Web.Hosting;

/// <summary>A minimal HTML page for a ProblemDetails shown to a browser.</summary>
internal static class ErrorPage
{
    public static string Render(ProblemDetails problem) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Encode(problem.Title) +
        "</title><link rel=\"stylesheet\" href=\"/assets/site.css\"></head><body><main class=\"page\"><h1>" + Encode(problem.Title) + " (" +
        (problem.Status ?? 500).ToString(CultureInfo.InvariantCulture) + ")</h1><p>" + Encode(problem.Detail) +
        "</p><p><a href=\"/\">Back to the overview</a></p></main></body></html>";

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
