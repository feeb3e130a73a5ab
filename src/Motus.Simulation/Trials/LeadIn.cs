namespace Motus.Simulation.Trials;

/// <summary>
/// A lead-in period before enrolment: visits every <see cref="IntervalMonths"/> from month −<see cref="Months"/> to 0, and
/// optionally the entry rule "ALSFRS-R total fell by at least <see cref="MinDecline"/> points from the first lead-in visit to
/// enrolment" (as NurOwn phase 3 required ≥ 3 points, trial-methods §2.2). The lead-in visits also give the pre-enrolment
/// slope of the responder analysis.
/// </summary>
/// <param name="Months">Length of the lead-in, months (&gt; 0).</param>
/// <param name="IntervalMonths">Interval between lead-in visits, months (&gt; 0, ≤ <paramref name="Months"/>); equal to the length means one lead-in visit.</param>
/// <param name="MinDecline">Minimum decline (points) required for entry, or null for no decline rule.</param>
public sealed record LeadIn(double Months, double IntervalMonths, double? MinDecline);
