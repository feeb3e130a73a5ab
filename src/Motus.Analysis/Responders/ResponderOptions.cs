using Motus.Analysis.Progression;

namespace Motus.Analysis.Responders;

/// <summary>Definition of a "slope responder" and the choices of the rate. Every member has a documented default.</summary>
public sealed record ResponderOptions
{
    /// <summary>
    /// A responder's slope reduction (post − pre)/|pre| is at least this fraction. Default 0.25 (the "≥ 25% slowing"
    /// used by single-arm studies, trial-methods §3.4). Compared with a 1e-12 tolerance so that exactly 25% counts.
    /// </summary>
    public double RelativeReduction { get; init; } = 0.25;

    /// <summary>
    /// The lead-in slope must be below −<see cref="FlatPreSlopeThreshold"/> points/month for the ratio to be used.
    /// Default 0: any negative lead-in slope. A positive value treats slow lead-in decline as flat, which guards against
    /// the huge ratios a tiny denominator produces.
    /// </summary>
    public double FlatPreSlopeThreshold { get; init; }

    /// <summary>
    /// Patients with a flat or rising lead-in slope (≥ −threshold). Default <see cref="UnevaluablePolicy.Exclude"/>: the
    /// ratio is undefined there; counting them as responders would make a stable patient a responder by fiat.
    /// </summary>
    public UnevaluablePolicy NonDecliningPreSlope { get; init; } = UnevaluablePolicy.Exclude;

    /// <summary>
    /// Patients without an estimable lead-in or post slope, or without the administration. Default
    /// <see cref="UnevaluablePolicy.Exclude"/>; a missing post slope is often informative (death, withdrawal), so the
    /// number left out is reported.
    /// </summary>
    public UnevaluablePolicy MissingSlope { get; init; } = UnevaluablePolicy.Exclude;

    /// <summary>Dose number of the administration the periods are split at. Default 1.</summary>
    public int DoseNumber { get; init; } = 1;

    /// <summary>Lead-in and post windows and the baseline handling. Default <see cref="PrePostOptions"/>.</summary>
    public PrePostOptions PrePost { get; init; } = new();

    /// <summary>Level of the Clopper–Pearson interval of the rate. Default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Checks the values; throws <see cref="ArgumentOutOfRangeException"/> when one is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(RelativeReduction);
        ArgumentOutOfRangeException.ThrowIfNegative(FlatPreSlopeThreshold);
        ArgumentOutOfRangeException.ThrowIfLessThan(DoseNumber, 1);
        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), ConfidenceLevel, "must lie strictly between 0 and 1.");
        }

        PrePost.Validate();
    }
}
