using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Accounts;
using Motus.Data.Accounts;
using Motus.Web.Security;

namespace Motus.Web.Pages.Admin;

/// <summary>The access log (administrators only): the newest <see cref="MaxRows"/> rows, filtered by user, date, event and outcome.</summary>
[Authorize(Policy = Policies.ManageUsers)]
public sealed class AccessLogModel(AccessLog log) : PageModel
{
    /// <summary>Rows shown at most (the newest).</summary>
    public const int MaxRows = 200;

    /// <summary>Only this user name.</summary>
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    /// <summary>Only from this date (UTC, <c>yyyy-MM-dd</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "since")] public string? Since { get; set; }
    /// <summary>Only this event.</summary>
    [BindProperty(SupportsGet = true, Name = "event")] public string? Event { get; set; }
    /// <summary>Only this outcome.</summary>
    [BindProperty(SupportsGet = true, Name = "outcome")] public string? Outcome { get; set; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<AccessLogRow> Rows { get; private set; } = [];

    /// <summary>Shows the log.</summary>
    public async Task OnGetAsync()
    {
        DateTimeOffset? since = null;
        if (!string.IsNullOrWhiteSpace(Since))
        {
            if (DateOnly.TryParseExact(Since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                since = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            else
            {
                ModelState.AddModelError("since", $"'{Since}' is not a date (yyyy-MM-dd).");
            }
        }

        var ev = Parse<AccessEvent>(Event, "event");
        var outcome = Parse<AccessOutcome>(Outcome, "outcome");
        if (ModelState.IsValid)
        {
            Rows = await log.QueryAsync(new AccessLogQuery(UserName, since, ev, outcome, MaxRows), HttpContext.RequestAborted);
        }
    }

    private T? Parse<T>(string? text, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        ModelState.AddModelError(field, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
        return null;
    }
}
