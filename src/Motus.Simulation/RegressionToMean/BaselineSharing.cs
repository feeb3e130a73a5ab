namespace Motus.Simulation.RegressionToMean;

/// <summary>How a time that appears in both the pre and the post visit schedule is measured.</summary>
public enum BaselineSharing
{
    /// <summary>
    /// One assessment serves both windows (the usual single-arm report: the visit at treatment enters the lead-in slope
    /// and the post slope). Its noise then enters both slopes with opposite-sign weights, so Cov(e1, e2) &lt; 0.
    /// </summary>
    Shared,

    /// <summary>Every visit of each window is its own assessment; the two slope errors are independent.</summary>
    Separate,
}
