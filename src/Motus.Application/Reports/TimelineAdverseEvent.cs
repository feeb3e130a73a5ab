namespace Motus.Application.Reports;

/// <summary>An adverse event on the timeline: onset (months from the origin), CTCAE grade (null when not graded), term.</summary>
public sealed record TimelineAdverseEvent(double X, int? Grade, string Term);
