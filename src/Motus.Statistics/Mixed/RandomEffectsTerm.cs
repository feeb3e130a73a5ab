using Motus.Statistics.Common;

namespace Motus.Statistics.Mixed;

/// <summary>
/// The random-effects term of a linear mixed model with one grouping factor: a random intercept <c>(1 | g)</c>, or a
/// correlated random intercept and slope on one time variable <c>(t | g)</c> with an unstructured 2 × 2 covariance Ψ.
/// </summary>
public sealed class RandomEffectsTerm
{
    private RandomEffectsTerm(double[]? time, string? slopeName)
    {
        Time = time;
        SlopeName = slopeName;
    }

    /// <summary>A random intercept per group, b₀ᵢ ~ N(0, σ₀²). R: <c>(1 | g)</c>.</summary>
    public static RandomEffectsTerm Intercept { get; } = new(null, null);

    /// <summary>The values of the random-slope variable (a copy), or null for a random intercept only.</summary>
    public double[]? Time { get; }

    /// <summary>Name of the random-slope variable, or null for a random intercept only.</summary>
    public string? SlopeName { get; }

    /// <summary>Number of random effects per group: 1 (intercept) or 2 (intercept and slope).</summary>
    public int Dimension => Time is null ? 1 : 2;

    /// <summary>
    /// Correlated random intercept and slope on <paramref name="time"/>, (b₀ᵢ, b₁ᵢ) ~ N(0, Ψ), Ψ unstructured 2 × 2.
    /// R: <c>(time | g)</c>. The values are copied.
    /// </summary>
    /// <param name="time">The slope variable, one value per observation (e.g. months since baseline).</param>
    /// <param name="name">Its name as printed in the results. Default "time".</param>
    public static RandomEffectsTerm InterceptAndSlope(double[] time, string name = "time")
    {
        ArgumentNullException.ThrowIfNull(time);
        Guard.Finite(time, nameof(time));
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new StatisticsInputException("name is empty: the random slope needs a name.", nameof(name));
        }

        return new RandomEffectsTerm((double[])time.Clone(), name);
    }
}
