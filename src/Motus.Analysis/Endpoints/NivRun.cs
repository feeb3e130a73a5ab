namespace Motus.Analysis.Endpoints;

/// <summary>The result of <see cref="SustainedNiv.Find"/>.</summary>
/// <param name="EventDate">The event date, or null when no run is long enough.</param>
/// <param name="LongestRun">The longest run of consecutive qualifying days seen (up to the required length).</param>
/// <param name="Notes">Explanations for the user (ignored records, contradictions, runs too short).</param>
internal sealed record NivRun(DateOnly? EventDate, int LongestRun, IReadOnlyList<string> Notes);
