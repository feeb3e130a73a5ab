using Motus.Statistics.Distributions;

namespace Motus.Simulation.RegressionToMean;

/// <summary>
/// Regression to the mean in a within-patient pre/post slope comparison, computed exactly (trial-methods §3.2, check C8).
/// </summary>
/// <remarks>
/// (ŝ_pre, ŝ_post) is bivariate normal with means (μ, μ), variances σ1² + Var(e_k) and covariance σ1² + Cov(e1,e2).
/// Selecting on ŝ_pre ≤ c truncates the first margin: with s = √(σ1² + Var(e1)) and z = (c − μ)/s,
/// E[ŝ_pre | sel] = μ − s·φ(z)/Φ(z), and because E[ŝ_post | ŝ_pre] is linear,
/// E[ŝ_post | sel] = μ + (Cov/s²)·(E[ŝ_pre | sel] − μ) (Johnson, Kotz &amp; Balakrishnan, Continuous Multivariate
/// Distributions, truncated bivariate normal moments). Mechanism statement [U], numbers reproduce trial-methods C8 [C].
/// R equivalent (base R): <c>mu - s*dnorm(z)/pnorm(z)</c>.
/// </remarks>
public static class RegressionToMeanCalculator
{
    /// <summary>The method string carried by every result.</summary>
    public const string Method = "Analytic regression to the mean: linear Gaussian slopes, OLS per window, truncated bivariate normal selection on the lead-in slope (trial-methods §3.2)";

    /// <summary>Computes the moments. Throws <see cref="ArgumentException"/> for invalid parameters or a rule that selects (numerically) nobody.</summary>
    /// <param name="inputs">Model, schedule and selection.</param>
    public static RegressionToMeanResult Compute(RegressionToMeanInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(inputs.Schedule);
        Finite(inputs.SlopeMean, "SlopeMean");
        NonNegative(inputs.SlopeSd, "SlopeSd");
        NonNegative(inputs.ResidualSd, "ResidualSd");
        var v1 = inputs.Schedule.PreErrorVariance(inputs.ResidualSd);
        var v2 = inputs.Schedule.PostErrorVariance(inputs.ResidualSd);
        var c12 = inputs.Schedule.ErrorCovariance(inputs.ResidualSd);
        var s1 = inputs.SlopeSd * inputs.SlopeSd;
        var preVariance = s1 + v1;
        if (preVariance <= 0)
        {
            throw new ArgumentException("The lead-in slope has no variance (σ1 = σe = 0): there is nothing to regress.");
        }

        var coefficient = (s1 + c12) / preVariance;
        var mu = inputs.SlopeMean;
        double fraction = 1, meanPre = mu;
        if (inputs.SelectionThreshold is { } c)
        {
            Finite(c, "SelectionThreshold");
            var s = Math.Sqrt(preVariance);
            var z = (c - mu) / s;
            fraction = Dist.NormalCdf(z);
            if (fraction < 1e-300)
            {
                throw new ArgumentException($"The entry rule ŝ_pre ≤ {c} selects essentially nobody (z = {z:G4}).");
            }

            meanPre = mu - (s * Dist.NormalDensity(z) / fraction);
        }

        var meanPost = mu + (coefficient * (meanPre - mu));
        double? slowing = meanPre < 0 ? (meanPost - meanPre) / Math.Abs(meanPre) : null;
        return new RegressionToMeanResult(inputs, v1, v2, c12, coefficient, fraction, meanPre, meanPost, slowing, Method);
    }

    private static void Finite(double x, string name)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentException($"{name} must be a finite number; got {x}.", name);
        }
    }

    private static void NonNegative(double x, string name)
    {
        if (!(x >= 0) || double.IsInfinity(x))
        {
            throw new ArgumentException($"{name} must be finite and not negative; got {x}.", name);
        }
    }
}
