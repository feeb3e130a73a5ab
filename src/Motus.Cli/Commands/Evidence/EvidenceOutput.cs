using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Motus.Cli.Commands.Evidence;

/// <summary>Options and formatting shared by the evidence commands.</summary>
internal static class EvidenceOutput
{
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><c>--data DIR</c>: read a folder of evidence files instead of the data shipped with Motus.</summary>
    public static Option<string?> DataOption() =>
        new("--data") { Description = "Read the evidence files from this folder (studies/, reviews/) instead of the data shipped with Motus", HelpName = "DIR" };

    public static Option<string?> Vocabulary(string name, string description, IReadOnlyList<string> values)
    {
        var option = new Option<string?>(name) { Description = $"{description}: {string.Join(", ", values)}", HelpName = "CODE" };
        option.AcceptOnlyFromAmong([.. values]);
        return option;
    }

    /// <summary>Escapes Spectre markup.</summary>
    public static string E(string text) => Markup.Escape(text);

    public static string F(double? value) => value?.ToString("0.####", Inv) ?? "NA";
}
