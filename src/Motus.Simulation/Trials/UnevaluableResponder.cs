namespace Motus.Simulation.Trials;

/// <summary>What the responder analysis does with a patient whose pre or post slope cannot be computed or whose pre slope is not a decline.</summary>
public enum UnevaluableResponder
{
    /// <summary>Counted as a non-responder (kept in the denominator; the default, the intention-to-treat reading).</summary>
    NonResponder,

    /// <summary>Left out of both numerator and denominator.</summary>
    Exclude,
}
