using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>
/// Every choice a meta-analysis depends on, with metafor's defaults; echoed in <see cref="MetaAnalysisResult.Options"/>.
/// R: <c>metafor::rma(yi, vi, method = "REML", test = "z", level = 95)</c>.
/// </summary>
public sealed record MetaAnalysisOptions
{
    /// <summary>The options used when none are given: REML, z test, 95% intervals, standard prediction interval.</summary>
    public static MetaAnalysisOptions Default { get; } = new();

    /// <summary>Pooling model / τ² estimator. Default <see cref="MetaMethod.RestrictedMaximumLikelihood"/> (metafor's default).</summary>
    public MetaMethod Method { get; init; } = MetaMethod.RestrictedMaximumLikelihood;

    /// <summary>Test and confidence interval for the pooled estimate. Default <see cref="MetaTest.Z"/> (metafor's default).</summary>
    public MetaTest Test { get; init; } = MetaTest.Z;

    /// <summary>Confidence level of every interval, strictly between 0 and 1. Default 0.95.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Critical value of the prediction interval. Default <see cref="PredictionIntervalKind.Standard"/> (metafor's default).</summary>
    public PredictionIntervalKind PredictionInterval { get; init; } = PredictionIntervalKind.Standard;

    /// <summary>
    /// Convergence tolerance of the iterative τ² estimators (REML, Paule–Mandel) and of the Q-profile bounds: iteration
    /// stops when the step in τ² is at most Tolerance·(τ² + s²), s² the typical within-study variance. Default 1e-10.
    /// </summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Iteration limit of the iterative estimators. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    internal void Validate()
    {
        if (!Enum.IsDefined(Method))
        {
            throw new StatisticsInputException($"options.Method = {Method}: unknown method.", "options");
        }

        if (!Enum.IsDefined(Test))
        {
            throw new StatisticsInputException($"options.Test = {Test}: unknown test.", "options");
        }

        if (!Enum.IsDefined(PredictionInterval))
        {
            throw new StatisticsInputException($"options.PredictionInterval = {PredictionInterval}: unknown kind.", "options");
        }

        Guard.Probability(Level, "options.Level");
        if (!(Tolerance > 0 && Tolerance < 1))
        {
            throw new StatisticsInputException($"options.Tolerance = {Tolerance}: must be strictly between 0 and 1.", "options");
        }

        if (MaxIterations < 1)
        {
            throw new StatisticsInputException($"options.MaxIterations = {MaxIterations}: must be at least 1.", "options");
        }
    }
}
