using System.Globalization;
using Motus.Analysis.Evidence;
using Motus.Application.Evidence;

namespace Motus.Web.Pages.Evidence;

/// <summary>Number and status formatting shared by the evidence pages (the same figures as the CLI prints).</summary>
public static class EvidenceFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The no-medical-advice statement shown on every evidence page.</summary>
    public const string NoAdvice = EvidenceSummaries.Disclaimer;

    /// <summary>A proportion as a percentage with <paramref name="digits"/> decimals, e.g. "45.7%".</summary>
    public static string Percent(double x, int digits = 1) => (x * 100).ToString("F" + digits.ToString(Inv), Inv) + "%";

    /// <summary>A probability to 4 significant digits, e.g. "0.003293".</summary>
    public static string Probability(double p) => p.ToString("G4", Inv);

    /// <summary>A number with up to 4 decimals, or "–".</summary>
    public static string Number(double? x) => x?.ToString("0.####", Inv) ?? "–";

    /// <summary>The status word shown beside a fact.</summary>
    public static string Status(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Verified => "verified",
        EvidenceStatus.Unverified => "unverified",
        _ => "missing",
    };

    /// <summary>The SVG document without its XML declaration, for inline use in HTML.</summary>
    public static string InlineSvg(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        if (svg.StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = svg.IndexOf("?>", StringComparison.Ordinal);
            return end < 0 ? svg : svg[(end + 2)..].TrimStart();
        }

        return svg;
    }
}
