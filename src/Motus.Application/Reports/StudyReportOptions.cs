using Motus.Analysis.Endpoints;

namespace Motus.Application.Reports;

/// <summary>Choices behind the study report; every one is printed in the report.</summary>
public sealed record StudyReportOptions
{
    /// <summary>The control arm; null picks an arm named like placebo/control, else the first arm by code (and says so).</summary>
    public string? ControlArm { get; init; }
    /// <summary>
    /// Time origin of survival, slopes and CAFS; null picks enrolment when any patient has an enrolment date, else the
    /// first ALSFRS-R rating (PRO-ACT's day 0), and the report says which and why.
    /// </summary>
    public TimeOrigin? Origin { get; init; }
    /// <summary>The survival endpoint.</summary>
    public CompositeEndpointDefinition Endpoint { get; init; } = CompositeEndpointDefinition.DeathTracheostomyPav;
    /// <summary>The responder threshold: relative slope reduction (0.25 = 25 %).</summary>
    public double ResponderThreshold { get; init; } = 0.25;
    /// <summary>CAFS horizon in days (null: each pair compared at the last time both were followed).</summary>
    public int? CafsHorizonDays { get; init; }
}
