namespace Motus.Statistics.Design;

/// <summary>The drift assumed for the rest of the trial when computing conditional power.</summary>
public enum ConditionalPowerAssumption
{
    /// <summary>The observed trend continues: θ̂ = Z_t/√t.</summary>
    CurrentTrend,

    /// <summary>The design alternative holds: θ = z_{1−α} + z_{1−β} of the planned fixed design.</summary>
    DesignAlternative,

    /// <summary>A drift supplied by the caller.</summary>
    Specified,
}
