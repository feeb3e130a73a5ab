namespace Motus.Analysis.Progression;

/// <summary>One point of a slope fit.</summary>
/// <param name="Date">Date of the rating (or of onset, for the onset anchor).</param>
/// <param name="Months">Time in months (days / 30.4375) from the fit's time origin.</param>
/// <param name="Total">The ALSFRS-R (or ALSFRS) total.</param>
/// <param name="IsOnsetAnchor">True for the pseudo-visit (onset, 48) of an onset-anchored slope.</param>
public sealed record SlopePoint(DateOnly Date, double Months, double Total, bool IsOnsetAnchor);
