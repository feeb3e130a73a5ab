using Motus.Simulation.Claims;
using Motus.Simulation.RegressionToMean;

namespace Motus.Application.Claims;

/// <summary>
/// A claim to check and how to simulate its null: the shape of <c>claim.json</c> (docs/examples/claim-check.json) and of
/// the <c>motus claim check</c> flags. Every default below is documented in docs/methods/claim-check.md and printed with
/// the result.
/// </summary>
public sealed record ClaimCheckRequest
{
    /// <summary>n: patients the claim counts.</summary>
    public required int Patients { get; init; }

    /// <summary>The claimed responder count.</summary>
    public required int Responders { get; init; }

    /// <summary>Relative slowing (default) or absolute improvement.</summary>
    public ResponderCriterion Criterion { get; init; } = ResponderCriterion.RelativeSlowing;

    /// <summary>Responder threshold: a fraction for relative slowing (0.25), points/month for absolute improvement.</summary>
    public required double Threshold { get; init; }

    /// <summary>Lead-in visit times, months (0 = treatment).</summary>
    public required IReadOnlyList<double> PreTimes { get; init; }

    /// <summary>Follow-up visit times, months.</summary>
    public required IReadOnlyList<double> PostTimes { get; init; }

    /// <summary>Whether a time in both windows is one assessment (default shared, as in most single-arm reports).</summary>
    public BaselineSharing Baseline { get; init; } = BaselineSharing.Shared;

    /// <summary>Entry rule: <c>none</c> (default), <c>pre-slope&lt;=C</c> or <c>lead-in-decline&gt;=K</c>.</summary>
    public string Entry { get; init; } = "none";

    /// <summary>μ, mean true slope, points/month (default −1).</summary>
    public double SlopeMean { get; init; } = -1;

    /// <summary>σ1, SD of true slopes, points/month (default 0.6).</summary>
    public double SlopeSd { get; init; } = 0.6;

    /// <summary>σe, SD of one assessment, points (default 1.6, unverified [U]).</summary>
    public double ResidualSd { get; init; } = 1.6;

    /// <summary>Continuous scores (default) or rounded and clipped to [0, 48].</summary>
    public ScoreRounding Rounding { get; init; } = ScoreRounding.None;

    /// <summary>Mean score at t = 0, used only with rounding (default 38, [U]).</summary>
    public double BaselineMean { get; init; } = 38;

    /// <summary>SD of the score at t = 0, used only with rounding (default 5, [U]).</summary>
    public double BaselineSd { get; init; } = 5;

    /// <summary>Untreated patients to simulate for the null rate (default 200,000).</summary>
    public long Replicates { get; init; } = 200_000;

    /// <summary>Whole studies to simulate for the tail probability (default 100,000; 0 skips them).</summary>
    public int Studies { get; init; } = 100_000;

    /// <summary>Seed (default 1).</summary>
    public long Seed { get; init; } = 1;

    /// <summary>σe values of the sensitivity grid (default 1.0–2.0 by 0.2); empty skips the grid.</summary>
    public IReadOnlyList<double> GridResidualSds { get; init; } = ClaimCheckSettings.DefaultGridResidualSds;

    /// <summary>σ1 values of the sensitivity grid (default 0.4, 0.6, 0.8); empty skips the grid.</summary>
    public IReadOnlyList<double> GridSlopeSds { get; init; } = ClaimCheckSettings.DefaultGridSlopeSds;
}
