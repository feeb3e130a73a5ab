namespace Motus.Simulation.Trials;

/// <summary>The outcome of reading a design: the design, or every error found.</summary>
/// <param name="Design">The validated design; null when there are errors.</param>
/// <param name="Errors">Errors with their JSON paths; empty when the design is valid.</param>
public sealed record TrialDesignParseResult(TrialDesign? Design, IReadOnlyList<DesignError> Errors)
{
    /// <summary>True when the design is valid.</summary>
    public bool IsValid => Design is not null && Errors.Count == 0;
}
