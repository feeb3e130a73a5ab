namespace Motus.Application.Reports;

/// <summary>A clinical event on the timeline (gastrostomy, NIV start, tracheostomy, death).</summary>
public sealed record TimelineClinicalEvent(double X, string Label, ChartEventKind Kind);
