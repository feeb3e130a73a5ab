namespace Motus.Application.Reports;

/// <summary>An administration on the timeline: when (months from the origin) and which dose.</summary>
public sealed record TimelineAdministration(double X, int DoseNumber);
