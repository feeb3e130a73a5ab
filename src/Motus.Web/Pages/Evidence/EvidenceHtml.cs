using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Motus.Analysis.Evidence;

namespace Motus.Web.Pages.Evidence;

/// <summary>HTML for one stored fact: its value, visibly marked "unverified" (with the reason as a tooltip) or "not captured".</summary>
public static class EvidenceHtml
{
    /// <summary>The marker text beside an unverified value.</summary>
    public const string UnverifiedMark = "unverified";

    /// <summary>The value of <paramref name="field"/>, encoded and marked by status.</summary>
    public static IHtmlContent Fact<T>(EvidenceField<T> field, Func<T, string> format)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(format);
        return field.HasValue ? Value(format(field.Value!), field.Status, field.Note) : Missing(field.Note);
    }

    /// <summary>A value as text, marked when unverified.</summary>
    public static IHtmlContent Value(string text, EvidenceStatus status, string? note)
    {
        var html = HtmlEncoder.Default.Encode(text);
        if (status == EvidenceStatus.Unverified)
        {
            html += $" <strong class=\"unverified\" title=\"{HtmlEncoder.Default.Encode(note ?? "unverified")}\">[{UnverifiedMark}]</strong>";
        }

        return new HtmlString(html);
    }

    /// <summary>"not captured", with the reason as a tooltip.</summary>
    public static IHtmlContent Missing(string? note) =>
        new HtmlString($"<span class=\"missing\" title=\"{HtmlEncoder.Default.Encode(note ?? "not given by the source")}\">not captured</span>");
}
