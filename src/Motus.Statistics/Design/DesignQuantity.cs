namespace Motus.Statistics.Design;

/// <summary>Which quantity a power calculation solved for, the others being given.</summary>
public enum DesignQuantity
{
    /// <summary>The sample size was computed from the effect, α and power.</summary>
    SampleSize,

    /// <summary>The power was computed from the sample size, effect and α.</summary>
    Power,

    /// <summary>The detectable effect was computed from the sample size, α and power.</summary>
    EffectSize,
}
