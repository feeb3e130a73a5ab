using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Motus.Cli.Commands;

/// <summary>Options and formatting shared by the <c>motus stats</c> subcommands.</summary>
internal static class StatsOutput
{
    /// <summary>The --csv option every subcommand reads its data from.</summary>
    public static Option<FileInfo> CsvOption() => new("--csv") { Description = "CSV file with a header row", Required = true, HelpName = "FILE" };

    /// <summary>Column names from a comma-separated option value (blanks dropped, names trimmed).</summary>
    public static string[] ColumnList(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A number as R prints it to 7 significant digits; "NA" when it is not estimable (never NaN).</summary>
    public static string F(double? value) => value?.ToString("G7", CultureInfo.InvariantCulture) ?? "NA";

    /// <summary>Prints each engine warning on its own line.</summary>
    public static void Warnings(IAnsiConsole console, IReadOnlyList<string> warnings)
    {
        foreach (var w in warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {w}");
        }
    }
}
