namespace Motus.Web.Pages.Records;

/// <summary>One ALSFRS item on the form: a group of five radio buttons, 4 to 0, each with its anchor.</summary>
/// <param name="Field">The input field (e.g. <c>Q1Speech</c>); the form posts <c>Input.{Field}</c>.</param>
/// <param name="Label">The item's number and name.</param>
/// <param name="Value">The chosen score.</param>
/// <param name="Switch">For item 5: "a" or "b" (the script shows the one that matches the gastrostomy answer).</param>
public sealed record ScoreItemView(string Field, string Label, int? Value, string? Switch = null)
{
    /// <summary>The anchor of <paramref name="score"/>, or null when the wording is unknown.</summary>
    public string? Anchor(int score) => AlsfrsAnchors.ByField.TryGetValue(Field, out var a) ? a[score] : null;

    /// <summary>The unverified-wording note, when any.</summary>
    public string? Note => AlsfrsAnchors.Unverified.GetValueOrDefault(Field);

    /// <summary>The subscore group (bulbar, fine, gross, resp).</summary>
    public string Domain => AlsfrsAnchors.Domain(Field);
}
