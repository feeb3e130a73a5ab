namespace Motus.Analysis.Evidence;

/// <summary>One broken rule in the evidence data: which file, which field, which rule, and what is wrong.</summary>
/// <param name="File">The file (e.g. <c>studies/Oh2018.json</c>).</param>
/// <param name="Field">The field path (e.g. <c>adverseEvents[0].events</c>); empty for whole-file rules.</param>
/// <param name="Rule">The rule id (see <see cref="EvidenceRules"/>).</param>
/// <param name="Message">What is wrong, with the offending value.</param>
public sealed record EvidenceError(string File, string Field, string Rule, string Message)
{
    /// <summary>"file: field: [rule] message".</summary>
    public override string ToString() => $"{File}: {Field}: [{Rule}] {Message}";
}
