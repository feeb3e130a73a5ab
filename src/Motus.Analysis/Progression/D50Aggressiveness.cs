namespace Motus.Analysis.Progression;

/// <summary>
/// Disease aggressiveness by D50 (Front Neurosci 2021, doi:10.3389/fnins.2021.651651): high below 20 months,
/// intermediate from 20 to 40, low above 40.
/// </summary>
public enum D50Aggressiveness
{
    /// <summary>D50 &lt; 20 months.</summary>
    High,

    /// <summary>20 ≤ D50 ≤ 40 months.</summary>
    Intermediate,

    /// <summary>D50 &gt; 40 months.</summary>
    Low,
}
