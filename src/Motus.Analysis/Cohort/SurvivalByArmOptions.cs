using Motus.Statistics.Survival;

namespace Motus.Analysis.Cohort;

/// <summary>Choices of a Kaplan–Meier and log-rank analysis by arm; the defaults are R's.</summary>
public sealed record SurvivalByArmOptions
{
    /// <summary>The defaults: log-scale 95% intervals, log-rank (rho = 0).</summary>
    public static SurvivalByArmOptions Default { get; } = new();

    /// <summary>Scale of the pointwise confidence limits; default log (R's <c>conf.type = "log"</c>).</summary>
    public ConfidenceIntervalType ConfidenceType { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>Confidence level; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>G-rho exponent of the test; default 0 (log-rank). 1 gives the Peto–Peto test.</summary>
    public double Rho { get; init; }
}
