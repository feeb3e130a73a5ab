namespace Motus.Simulation.Trials;

/// <summary>A problem in a design file: where (a JSON path such as <c>$.arms[1].ratio</c>) and which rule it breaks.</summary>
/// <param name="Path">JSON path of the offending value.</param>
/// <param name="Rule">The rule, in words.</param>
public sealed record DesignError(string Path, string Rule)
{
    /// <summary>"path: rule".</summary>
    public override string ToString() => $"{Path}: {Rule}";
}
