namespace Motus.Statistics.Design;

/// <summary>The closed-form formula behind a <see cref="LinearSlopeDesign"/>.</summary>
public enum SlopePowerMethod
{
    /// <summary>Zhao &amp; Edland / Ard &amp; Edland (2011): random intercept and slope, dropout pattern, unequal allocation. R: <c>longpower::edland.linear.power</c>.</summary>
    Edland,

    /// <summary>Diggle et al. (2002, p. 29): any working covariance matrix, complete data, equal arms. R: <c>longpower::diggle.linear.power</c>.</summary>
    Diggle,
}
