using System.Globalization;

namespace Motus.Web.Pages.Records;

/// <summary>
/// One scored item of a questionnaire form (ALSFRS-R, ALSAQ): a group of radio buttons, each a value with its wording,
/// and the place for the item's error. The positional form is an ALSFRS-R item (4 to 0 with its anchors); other
/// questionnaires set the init-only members.
/// </summary>
/// <param name="Field">The input field (e.g. <c>Q1Speech</c>); by default the form posts <c>Input.{Field}</c>.</param>
/// <param name="Label">The item's number and name.</param>
/// <param name="Value">The chosen score.</param>
/// <param name="Switch">For ALSFRS-R item 5: "a" or "b" (the script shows the one that matches the gastrostomy answer).</param>
public sealed record ScoreItemView(string Field, string Label, int? Value, string? Switch = null)
{
    /// <summary>The posted name of the radio buttons.</summary>
    public string Name { get; init; } = "Input." + Field;

    /// <summary>The fieldset's element id (the error summary links to it).</summary>
    public string Id { get; init; } = "Input_" + Field;

    /// <summary>The model-state key whose message is shown under the item.</summary>
    public string ErrorKey { get; init; } = "Input." + Field;

    /// <summary>The value checked.</summary>
    public string? Selected { get; init; } = Value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The choices in display order.</summary>
    public IReadOnlyList<ScoreOption> Options { get; init; } = AlsfrsOptions(Field);

    /// <summary>A note under the label (e.g. unverified wording), when any.</summary>
    public string? Note { get; init; } = AlsfrsAnchors.Unverified.GetValueOrDefault(Field);

    /// <summary>The group the item is summed in (ALSFRS-R: bulbar, fine, gross, resp; ALSAQ: its domain).</summary>
    public string Domain { get; init; } = AlsfrsAnchors.Domain(Field);

    /// <summary>More <c>data-*</c> attributes of the fieldset, for the script (name without the prefix → value).</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = Switch is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["item5"] = Switch };

    /// <summary>True when the item is not part of the form as shown (hidden, and its buttons not sent).</summary>
    public bool Inactive { get; init; }

    /// <summary>An ALSFRS item's scores 4 to 0 with their anchors (no wording when unknown).</summary>
    public static IReadOnlyList<ScoreOption> AlsfrsOptions(string field) =>
        [.. Enumerable.Range(0, 5).Reverse().Select(s => new ScoreOption(s.ToString(CultureInfo.InvariantCulture), s.ToString(CultureInfo.InvariantCulture),
            AlsfrsAnchors.ByField.TryGetValue(field, out var a) ? a[s] : null))];
}

/// <summary>One choice of a scored item.</summary>
/// <param name="Value">The posted value.</param>
/// <param name="Key">What the form shows in bold (the score, or a dash for "no answer").</param>
/// <param name="Text">The wording, when any.</param>
public sealed record ScoreOption(string Value, string Key, string? Text);
