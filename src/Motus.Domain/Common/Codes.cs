using System.Text.RegularExpressions;

namespace Motus.Domain.Common;

/// <summary>Checks for the short identifiers used as patient, site, arm and protocol codes.</summary>
public static partial class Codes
{
    /// <summary>True when <paramref name="code"/> is 1–40 characters of letters, digits, '.', '_' or '-'.</summary>
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    // \z, not $: in .NET, $ also matches before a final '\n', which would let "P001\n" through.
    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,40}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
