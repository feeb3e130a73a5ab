using System.Globalization;

namespace Motus.Web.Pages.Records;

/// <summary>One labelled input of a record form, with its help text and the place for its error message.</summary>
/// <param name="Field">The input field; the form posts <c>Input.{Field}</c> and the element's id is <c>Input_{Field}</c>.</param>
/// <param name="Label">The label.</param>
/// <param name="Type">The input type (<c>text</c>, <c>date</c>, <c>number</c>, <c>textarea</c>).</param>
/// <param name="Value">The current value (dates as yyyy-MM-dd, numbers invariant).</param>
/// <param name="Help">Help text under the input, optional.</param>
/// <param name="Required">Marks the field as required.</param>
public sealed record InputField(string Field, string Label, string Type, object? Value, string? Help = null, bool Required = false)
{
    /// <summary>The element id.</summary>
    public string Id => "Input_" + Field;

    /// <summary>The posted name.</summary>
    public string Name => "Input." + Field;

    /// <summary>The value as the input shows it.</summary>
    public string? Text => Value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Value.ToString(),
    };
}
