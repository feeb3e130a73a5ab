namespace Motus.Statistics.Design;

/// <summary>On which side of p₁ to look for the detectable p₂.</summary>
public enum ProportionDirection
{
    /// <summary>p₂ &gt; p₁ (R's <c>power.prop.test</c> searches only this side, on (p₁, 1 − 1e-10)).</summary>
    Above,

    /// <summary>p₂ &lt; p₁ (searched on (1e-10, p₁)).</summary>
    Below,
}
