using Motus.Statistics.Common;

namespace Motus.Statistics.Survival;

/// <summary>
/// Choices for a Cox fit. Defaults are R's <c>coxph</c> / <c>coxph.control</c> defaults; the fit echoes them in
/// <see cref="CoxFit.Options"/>.
/// </summary>
public sealed record CoxOptions
{
    /// <summary>The defaults: Efron ties, model-based variance, ε = 1e-9, at most 20 iterations, 95% intervals.</summary>
    public static CoxOptions Default { get; } = new();

    /// <summary>Handling of tied event times; default <see cref="TiesMethod.Efron"/> (R's default).</summary>
    public TiesMethod Ties { get; init; } = TiesMethod.Efron;

    /// <summary>
    /// Report the robust (sandwich, dfbeta-based) variance of Lin &amp; Wei (1989), J Am Stat Assoc 84:1074–1078, as
    /// <c>coxph(robust = TRUE)</c>; default false. Supplying a cluster vector implies it (as <c>cluster()</c> does in
    /// R). Counting-process data need a cluster vector identifying subjects (R: "one of cluster or id is needed").
    /// </summary>
    public bool Robust { get; init; }

    /// <summary>
    /// Newton–Raphson stops when |1 − ℓ_old/ℓ_new| ≤ ε for the log partial likelihood ℓ; default 1e-9
    /// (<c>coxph.control(eps)</c>).
    /// </summary>
    public double Epsilon { get; init; } = 1e-9;

    /// <summary>Maximum Newton–Raphson iterations (≥ 1); default 20 (<c>coxph.control(iter.max)</c>).</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>
    /// Relative pivot tolerance of the generalised Cholesky decomposition below which a covariate is declared
    /// redundant (aliased); default ε_machine^0.75 ≈ 1.8e-12 (<c>coxph.control(toler.chol)</c>).
    /// </summary>
    public double CholeskyTolerance { get; init; } = Math.Pow(2.220446049250313e-16, 0.75);

    /// <summary>
    /// Tolerance of the "coefficient may be infinite" check; null means √<see cref="Epsilon"/> (R's default
    /// <c>toler.inf = sqrt(eps)</c>).
    /// </summary>
    public double? InfiniteTolerance { get; init; }

    /// <summary>Confidence level of the hazard-ratio intervals; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    internal void Validate()
    {
        if (!Enum.IsDefined(Ties))
        {
            throw new StatisticsInputException($"Ties = {Ties} is not a defined TiesMethod.", nameof(Ties));
        }

        if (!(Epsilon > 0) || !double.IsFinite(Epsilon))
        {
            throw new StatisticsInputException($"Epsilon = {Epsilon}: must be a positive number.", nameof(Epsilon));
        }

        if (MaxIterations < 1)
        {
            throw new StatisticsInputException($"MaxIterations = {MaxIterations}: must be at least 1.", nameof(MaxIterations));
        }

        if (!(CholeskyTolerance > 0) || !(CholeskyTolerance < 1))
        {
            throw new StatisticsInputException($"CholeskyTolerance = {CholeskyTolerance}: must be strictly between 0 and 1.", nameof(CholeskyTolerance));
        }

        if (InfiniteTolerance is double t && (!(t > 0) || !double.IsFinite(t)))
        {
            throw new StatisticsInputException($"InfiniteTolerance = {t}: must be a positive number.", nameof(InfiniteTolerance));
        }

        Guard.Probability(ConfidenceLevel, nameof(ConfidenceLevel));
    }
}
