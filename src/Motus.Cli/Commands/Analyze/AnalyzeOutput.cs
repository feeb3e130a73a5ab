using System.Globalization;
using Motus.Analysis.Cohort;
using Motus.Application.Analyses;
using Spectre.Console;

namespace Motus.Cli.Commands.Analyze;

/// <summary>How the <c>motus analyze</c> subcommands print: the study line, the method line, warnings, errors and numbers.</summary>
internal static class AnalyzeOutput
{
    /// <summary>Writes the JSON of <paramref name="output"/> when --json was given; returns true when it did.</summary>
    public static bool TryJson<T>(CommandContext ctx, AnalysisOutput<T> output)
    {
        if (!ctx.Json)
        {
            return false;
        }

        ctx.WriteJson(output);
        return true;
    }

    /// <summary>The study, whether its dates are shifted, and how many patients were loaded.</summary>
    public static void Header<T>(IAnsiConsole console, AnalysisOutput<T> output)
    {
        var shifted = output.DatesShifted ? " (dates shifted: day counts from an anchor, not real dates)" : "";
        var who = output.Patient is { } p ? $"patient {p}" : $"{output.PatientsLoaded} patient(s)";
        console.MarkupLineInterpolated($"Study [bold]{output.Study}[/]{shifted}: {who}");
    }

    public static void Method(IAnsiConsole console, string method) => console.MarkupLineInterpolated($"[dim]Method:[/] {method}");

    public static void Warnings(IAnsiConsole console, IEnumerable<string> warnings)
    {
        foreach (var w in warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {w}");
        }
    }

    public static void Errors(IAnsiConsole console, IEnumerable<string> errors)
    {
        foreach (var e in errors)
        {
            console.MarkupLineInterpolated($"[red]not computed:[/] {e}");
        }
    }

    /// <summary>The excluded patients: the count, then the reasons grouped (first <paramref name="show"/> groups).</summary>
    public static void Excluded(IAnsiConsole console, IReadOnlyList<ExcludedPatient> excluded, int show = 5)
    {
        if (excluded.Count == 0)
        {
            return;
        }

        console.MarkupLineInterpolated($"{excluded.Count} patient(s) excluded:");
        var groups = excluded.GroupBy(e => e.Reason, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ToList();
        foreach (var g in groups.Take(show))
        {
            var codes = string.Join(", ", g.Take(3).Select(e => e.PatientCode)) + (g.Count() > 3 ? ", …" : "");
            console.MarkupLineInterpolated($"  {g.Count()} × {g.Key} ({codes})");
        }

        if (groups.Count > show)
        {
            console.MarkupLineInterpolated($"  … {groups.Count - show} more reason(s); --json lists every patient");
        }
    }

    /// <summary>A table with escaped cells.</summary>
    public static Table Table(string? title, params string[] columns)
    {
        var table = new Table().AddColumns(columns.Select(Markup.Escape).ToArray());
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }

        return table;
    }

    public static void Row(Table table, params string?[] cells) => table.AddRow(cells.Select(c => Markup.Escape(c ?? "")).ToArray());

    /// <summary>A number to <paramref name="decimals"/> decimals; "NA" when missing.</summary>
    public static string N(double? value, int decimals = 3) => value?.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) ?? "NA";

    /// <summary>A p-value or other small number to 4 significant digits; "NA" when missing.</summary>
    public static string P(double? value) => value?.ToString("G4", CultureInfo.InvariantCulture) ?? "NA";

    public static string I(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string D(DateOnly? date) => date?.ToString(AnalyzeOptions.DateFormat, CultureInfo.InvariantCulture) ?? "";

    public static string Yes(bool? value) => value switch { true => "yes", false => "no", null => "?" };

    /// <summary>A proportion as "k/n (p%) [lower–upper%]"; "0/0" when n = 0.</summary>
    public static string Percent(int count, int total, double? proportion, double? lower, double? upper) => proportion is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"{count}/{total} ({p * 100:0.#}%) [{lower * 100:0.#}–{upper * 100:0.#}%]")
        : $"{count}/{total}";
}
