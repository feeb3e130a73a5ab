using System.Text.RegularExpressions;

namespace Motus.Web.Pages.Records;

/// <summary>A labelled pick list of a record form.</summary>
/// <param name="Field">The input field (posted as <c>Input.{Field}</c>).</param>
/// <param name="Label">The label.</param>
/// <param name="Options">Value and text of each option, in order.</param>
/// <param name="Selected">The selected value.</param>
/// <param name="Help">Help text, optional.</param>
/// <param name="Empty">Text of an empty first option ("not chosen"), when the field may be empty.</param>
public sealed partial record SelectField(string Field, string Label, IReadOnlyList<(string Value, string Text)> Options, string? Selected, string? Help = null, string? Empty = null)
{
    /// <summary>The element id.</summary>
    public string Id => "Input_" + Field;

    /// <summary>The posted name.</summary>
    public string Name => "Input." + Field;

    /// <summary>A pick list of every member of <typeparamref name="TEnum"/> (posted by name, shown with spaces between words).</summary>
    public static SelectField For<TEnum>(string field, string label, TEnum? selected, string? help = null, string? empty = null)
        where TEnum : struct, Enum =>
        new(field, label, [.. Enum.GetValues<TEnum>().Select(v => (v.ToString(), Words(v.ToString())))], selected?.ToString(), help, empty);

    /// <summary>A pick list of every member of <typeparamref name="TEnum"/> with <paramref name="selected"/> chosen.</summary>
    public static SelectField For<TEnum>(string field, string label, TEnum selected, string? help = null)
        where TEnum : struct, Enum => For<TEnum>(field, label, (TEnum?)selected, help);

    /// <summary><c>PostLumbarPunctureSyndrome</c> → "Post lumbar puncture syndrome".</summary>
    public static string Words(string name) => WordStart().Replace(name, m => " " + m.Value.ToLowerInvariant()).Trim() is var s && s.Length > 0
        ? char.ToUpperInvariant(s[0]) + s[1..]
        : name;

    [GeneratedRegex("(?<=[a-z0-9])[A-Z]")]
    private static partial Regex WordStart();
}
