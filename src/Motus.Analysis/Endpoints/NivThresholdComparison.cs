namespace Motus.Analysis.Endpoints;

/// <summary>How a day's NIV hours are compared with the threshold of a sustained-NIV endpoint.</summary>
public enum NivThresholdComparison
{
    /// <summary>Hours ≥ threshold (e.g. "NIV ≥ 22 h/day").</summary>
    AtLeast = 1,

    /// <summary>Hours &gt; threshold (e.g. ENCALS: "NIV for more than 23 h per day").</summary>
    MoreThan = 2,
}
