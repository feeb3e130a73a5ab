namespace Motus.Simulation.Claims;

/// <summary>How a pre/post slope change is turned into "response".</summary>
public enum ResponderCriterion
{
    /// <summary>
    /// Relative slowing (ŝ_post − ŝ_pre)/|ŝ_pre| ≥ threshold, evaluable only when ŝ_pre &lt; 0 (trial-methods §3.4);
    /// threshold 0.25 = "≥ 25% slowing".
    /// </summary>
    RelativeSlowing,

    /// <summary>Absolute improvement ŝ_post − ŝ_pre ≥ threshold points/month (NurOwn: 1.25); every entered patient is evaluable.</summary>
    AbsoluteImprovement,
}
