using System.Globalization;
using Motus.Simulation.Common;

namespace Motus.Simulation.Claims;

/// <summary>
/// The linear Gaussian null model of trial-methods §3.4: each untreated patient declines linearly,
/// y(t) = y0 + β·t + ε, with β ~ N(μ, σ1²), y0 ~ N(baseline mean, baseline SD²) at t = 0, and independent
/// ε ~ N(0, σe²) at every assessment. Optionally rounded and clipped to [0, 48].
/// </summary>
/// <remarks>
/// Sources: μ ≈ −1 point/month (ALS natural history; trial-methods §2.1), σ1 ≈ 0.6–0.7 points/month (van Eijk 2019,
/// trial-methods open question 2). σe on the ALSFRS-R scale is <b>unverified [U]</b>: 1.0–2.0 points is the plausible
/// range used for the sensitivity grid. y0 matters only with rounding/clipping; its defaults (38 ± 5) are [U].
/// Not modelled: curvature, plateaus, slope drift, dropout and death (the natural-history generator adds them).
/// </remarks>
public sealed class LinearGaussianTrajectoryModel : IUntreatedTrajectoryModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="slopeMean">μ, points/month (default in the CLI: −1).</param>
    /// <param name="slopeSd">σ1 ≥ 0, points/month (CLI default 0.6).</param>
    /// <param name="residualSd">σe ≥ 0, points (CLI default 1.6, [U]).</param>
    /// <param name="rounding">Continuous scores or rounded and clipped to [0, 48].</param>
    /// <param name="baselineMean">Mean ALSFRS-R at t = 0 (used only with rounding; CLI default 38, [U]).</param>
    /// <param name="baselineSd">SD of ALSFRS-R at t = 0 (used only with rounding; CLI default 5, [U]).</param>
    public LinearGaussianTrajectoryModel(double slopeMean, double slopeSd, double residualSd, ScoreRounding rounding = ScoreRounding.None, double baselineMean = 38, double baselineSd = 5)
    {
        Check(slopeMean, nameof(slopeMean), allowNegative: true);
        Check(slopeSd, nameof(slopeSd), allowNegative: false);
        Check(residualSd, nameof(residualSd), allowNegative: false);
        Check(baselineMean, nameof(baselineMean), allowNegative: false);
        Check(baselineSd, nameof(baselineSd), allowNegative: false);
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding.");
        }

        SlopeMean = slopeMean;
        SlopeSd = slopeSd;
        ResidualSd = residualSd;
        Rounding = rounding;
        BaselineMean = baselineMean;
        BaselineSd = baselineSd;
    }

    /// <summary>μ, points/month.</summary>
    public double SlopeMean { get; }

    /// <summary>σ1, points/month.</summary>
    public double SlopeSd { get; }

    /// <summary>σe, points.</summary>
    public double ResidualSd { get; }

    /// <summary>Rounding of the scores.</summary>
    public ScoreRounding Rounding { get; }

    /// <summary>Mean score at t = 0.</summary>
    public double BaselineMean { get; }

    /// <summary>SD of the score at t = 0.</summary>
    public double BaselineSd { get; }

    /// <inheritdoc />
    public string Name => "Linear Gaussian natural history (trial-methods §3.4)";

    /// <inheritdoc />
    public string Description =>
        string.Create(CultureInfo.InvariantCulture, $"y(t) = y0 + β·t + ε; β ~ N({SlopeMean:0.###}, {SlopeSd:0.###}²) points/month; ε ~ N(0, {ResidualSd:0.###}²) points per assessment; ")
        + (Rounding == ScoreRounding.None ? "continuous scores" : string.Create(CultureInfo.InvariantCulture, $"y0 ~ N({BaselineMean:0.#}, {BaselineSd:0.#}²), scores rounded and clipped to [0, 48]"));

    /// <inheritdoc />
    public IReadOnlyList<string> Assumptions { get; } =
    [
        "No treatment effect: every patient is untreated (the null hypothesis).",
        "Each patient's true ALSFRS-R course is a straight line over the lead-in and follow-up windows (no curvature, plateau or slope drift).",
        "True slopes are normal across patients; assessment noise is normal, independent and of constant SD.",
        "No dropout or death: every scheduled visit is observed.",
        "The residual SD σe is unverified [U]; the sensitivity grid shows how the result moves with σe and σ1.",
    ];

    /// <inheritdoc />
    public void Simulate(RandomStream random, ReadOnlySpan<double> times, Span<double> scores)
    {
        var slope = SlopeMean + (SlopeSd * random.NextNormal());
        var start = Rounding == ScoreRounding.None ? 0 : BaselineMean + (BaselineSd * random.NextNormal());
        for (var j = 0; j < times.Length; j++)
        {
            var y = start + (slope * times[j]) + (ResidualSd * random.NextNormal());
            scores[j] = Rounding == ScoreRounding.None ? y : Math.Clamp(Math.Round(y, MidpointRounding.AwayFromZero), 0, 48);
        }
    }

    /// <inheritdoc />
    public IUntreatedTrajectoryModel WithVariability(double residualSd, double slopeSd) =>
        new LinearGaussianTrajectoryModel(SlopeMean, slopeSd, residualSd, Rounding, BaselineMean, BaselineSd);

    private static void Check(double x, string name, bool allowNegative)
    {
        if (!double.IsFinite(x) || (!allowNegative && x < 0))
        {
            throw new ArgumentOutOfRangeException(name, x, allowNegative ? "Must be a finite number." : "Must be finite and not negative.");
        }
    }
}
