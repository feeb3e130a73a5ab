namespace Motus.Simulation.Trials;

/// <summary>How the LMM slope difference is tested and its confidence interval formed.</summary>
public enum LmmTestKind
{
    /// <summary>t-test with Satterthwaite's degrees of freedom, as lmerTest (the default).</summary>
    Satterthwaite,

    /// <summary>Wald z-test (normal reference distribution).</summary>
    Wald,
}
