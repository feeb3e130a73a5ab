namespace Motus.Analysis.Evidence;

/// <summary>The outcome of loading the evidence data: the library when every rule holds, otherwise every error found.</summary>
/// <param name="Library">The library; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every broken rule, in file order.</param>
public sealed record EvidenceLoadResult(EvidenceLibrary? Library, IReadOnlyList<EvidenceError> Errors)
{
    /// <summary>True when the data loaded without errors.</summary>
    public bool Succeeded => Library is not null && Errors.Count == 0;
}
