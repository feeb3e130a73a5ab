namespace Motus.Simulation.Trials;

/// <summary>The analyses a simulated trial can run.</summary>
public enum TrialAnalysisKind
{
    /// <summary>Difference in ALSFRS-R slope (points/month), linear mixed model with random intercept and slope, REML.</summary>
    LmmSlope,

    /// <summary>CAFS: Finkelstein–Schoenfeld joint rank of death then ALSFRS-R change, normal approximation.</summary>
    Cafs,

    /// <summary>Cox proportional hazards on death or tracheostomy, arm as the only covariate, Efron ties, Wald test.</summary>
    Cox,

    /// <summary>Responders (pre/post slope change ≥ a fraction), compared between arms with the two-proportion z-test.</summary>
    Responder,
}
