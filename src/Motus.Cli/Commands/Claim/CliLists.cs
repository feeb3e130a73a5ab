using System.Globalization;
using Motus.Application;

namespace Motus.Cli.Commands.Claim;

/// <summary>Comma-separated option values, with usage errors that name the option.</summary>
internal static class CliLists
{
    public static double[] Numbers(string? text, string option, bool allowEmpty = false)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw new MotusException(ExitCategory.Usage, $"{option}: '{parts[i]}' is not a number.");
            }
        }

        return values.Length > 0 || allowEmpty ? values : throw new MotusException(ExitCategory.Usage, $"{option}: no values given.");
    }

    public static string[] Words(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
