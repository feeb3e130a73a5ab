using System.Globalization;

namespace Motus.Application.Reports;

/// <summary>Number and date formatting shared by the reports: invariant culture, an em dash for "no value".</summary>
public static class ReportFormat
{
    /// <summary>Shown where a value does not exist or could not be estimated.</summary>
    public const string None = "—";

    /// <summary>A number with <paramref name="digits"/> decimals, or <see cref="None"/>.</summary>
    public static string Number(double? value, int digits = 2) =>
        value is { } v && double.IsFinite(v) ? v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : None;

    /// <summary>An integer, or <see cref="None"/>.</summary>
    public static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? None;

    /// <summary>A proportion as a percentage with one decimal, or <see cref="None"/>.</summary>
    public static string Percent(double? proportion, int digits = 1) =>
        proportion is { } p && double.IsFinite(p) ? (100 * p).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%" : None;

    /// <summary>An ISO date, or <see cref="None"/>.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None;

    /// <summary>An estimate with its standard error: <c>-0.85 (SE 0.12)</c>.</summary>
    public static string WithSe(double? estimate, double? se, int digits = 2) =>
        estimate is null ? None : se is null ? Number(estimate, digits) : $"{Number(estimate, digits)} (SE {Number(se, digits)})";

    /// <summary>A p-value: four significant digits, or <c>&lt; 0.0001</c>.</summary>
    public static string PValue(double? p) =>
        p is not { } v || !double.IsFinite(v) ? None : v < 1e-4 ? "< 0.0001" : v.ToString("G4", CultureInfo.InvariantCulture);
}
