namespace Motus.Statistics.Exact;

/// <summary>The alternative hypothesis of a test, in R's vocabulary (<c>alternative = "two.sided" | "less" | "greater"</c>).</summary>
public enum Alternative
{
    /// <summary>The true proportion differs from the null value (R: <c>"two.sided"</c>).</summary>
    TwoSided,

    /// <summary>The true proportion is less than the null value (R: <c>"less"</c>).</summary>
    Less,

    /// <summary>The true proportion is greater than the null value (R: <c>"greater"</c>).</summary>
    Greater,
}
