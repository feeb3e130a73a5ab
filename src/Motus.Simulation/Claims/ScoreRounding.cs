namespace Motus.Simulation.Claims;

/// <summary>Whether simulated ALSFRS-R totals are kept continuous or made to look like real scores.</summary>
public enum ScoreRounding
{
    /// <summary>Continuous scores, as in trial-methods §3.4 (the published null rates use this).</summary>
    None,

    /// <summary>Each score rounded to the nearest integer and clipped to [0, 48], like a real ALSFRS-R total.</summary>
    RoundAndClip,
}
