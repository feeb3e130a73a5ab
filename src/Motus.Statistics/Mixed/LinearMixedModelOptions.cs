using Motus.Statistics.Common;

namespace Motus.Statistics.Mixed;

/// <summary>
/// Every choice a linear mixed-model fit depends on, with lme4's defaults where lme4 has one; echoed in
/// <see cref="LinearMixedModelResult{TKey}.Options"/>. R: <c>lme4::lmer(REML = TRUE)</c> + <c>lmerTest</c> (Satterthwaite).
/// </summary>
public sealed record LinearMixedModelOptions
{
    /// <summary>The options used when none are given: REML, fixed intercept, lme4's singular tolerance 1e-4.</summary>
    public static LinearMixedModelOptions Default { get; } = new();

    /// <summary>REML or ML. Default <see cref="MixedModelMethod.RestrictedMaximumLikelihood"/> (lme4's default).</summary>
    public MixedModelMethod Method { get; init; } = MixedModelMethod.RestrictedMaximumLikelihood;

    /// <summary>Add a fixed intercept column named <c>(Intercept)</c>. Default true (R's <c>y ~ x</c>; false is <c>y ~ 0 + x</c>).</summary>
    public bool Intercept { get; init; } = true;

    /// <summary>
    /// A fit is singular when a diagonal element of the relative Cholesky factor θ is below this value (a zero variance
    /// or a correlation of ±1). Default 1e-4, lme4's <c>isSingular(tol = 1e-4)</c>.
    /// </summary>
    public double SingularTolerance { get; init; } = 1e-4;

    /// <summary>Tolerance of the fixed-effects rank decision (R's <c>qr(X, tol)</c>). Default 1e-7, as lme4 and lm.</summary>
    public double RankTolerance { get; init; } = 1e-7;

    /// <summary>
    /// Newton iterations stop when the step in θ is at most StepTolerance·(1 + max|θ|) at a positive-definite Hessian.
    /// Default 1e-10 (the optimum is then accurate to far better than lme4's own optimiser).
    /// </summary>
    public double StepTolerance { get; init; } = 1e-10;

    /// <summary>Iteration limit of the Newton optimiser. Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    internal void Validate()
    {
        if (!Enum.IsDefined(Method))
        {
            throw new StatisticsInputException($"options.Method = {Method}: unknown method.", "options");
        }

        if (!(SingularTolerance >= 0 && SingularTolerance < 1))
        {
            throw new StatisticsInputException($"options.SingularTolerance = {SingularTolerance}: must be in [0, 1).", "options");
        }

        if (!(RankTolerance > 0 && RankTolerance < 1))
        {
            throw new StatisticsInputException($"options.RankTolerance = {RankTolerance}: must be strictly between 0 and 1.", "options");
        }

        if (!(StepTolerance > 0 && StepTolerance < 1))
        {
            throw new StatisticsInputException($"options.StepTolerance = {StepTolerance}: must be strictly between 0 and 1.", "options");
        }

        if (MaxIterations < 1)
        {
            throw new StatisticsInputException($"options.MaxIterations = {MaxIterations}: must be at least 1.", "options");
        }
    }
}
