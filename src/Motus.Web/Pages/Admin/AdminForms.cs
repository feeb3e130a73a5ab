using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Motus.Web.Pages.Admin;

/// <summary>Checks shared by the administration forms.</summary>
internal static class AdminForms
{
    /// <summary>Longest reason accepted (as for clinical changes).</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Adds an error under <paramref name="field"/> when <paramref name="reason"/> is missing or too long.</summary>
    public static void RequireReason(ModelStateDictionary state, string field, string? reason, string what)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            state.AddModelError(field, $"Say why you {what} (recorded in the audit trail).");
        }
        else if (reason.Length > MaxReasonLength)
        {
            state.AddModelError(field, $"The reason is {reason.Length} characters; at most {MaxReasonLength}.");
        }
    }

    /// <summary>The state shown for a user.</summary>
    public static string State(Application.Accounts.UserSummary u) =>
        u.Disabled ? "disabled" : u.LockedOutUntil is { } until ? $"locked out until {until:yyyy-MM-dd HH:mm} UTC" : "active";
}
