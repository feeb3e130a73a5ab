using Motus.Statistics.Mixed;

namespace Motus.Analysis.Cohort;

/// <summary>Choices of the mixed-model slope comparison by arm.</summary>
public sealed record SlopeComparisonOptions
{
    /// <summary>The defaults: REML, Fieller interval, 95%, ratings from the origin on, no horizon.</summary>
    public static SlopeComparisonOptions Default { get; } = new();

    /// <summary>REML (default, lme4's) or ML.</summary>
    public MixedModelMethod Method { get; init; } = MixedModelMethod.RestrictedMaximumLikelihood;

    /// <summary>Interval of the percent slowing; default Fieller.</summary>
    public RatioIntervalMethod RatioInterval { get; init; } = RatioIntervalMethod.Fieller;

    /// <summary>Confidence level of every interval; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// Ratings dated up to this many days before the origin are used too (with negative times), e.g. a screening
    /// rating; default 0 (ratings on or after the origin only).
    /// </summary>
    public int DaysBeforeOriginIncluded { get; init; }

    /// <summary>Ratings later than this many months after the origin are not used; null (default) uses all.</summary>
    public double? HorizonMonths { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> for a value that cannot be used.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Method) || !Enum.IsDefined(RatioInterval))
        {
            throw new ArgumentException($"Method = {Method}, RatioInterval = {RatioInterval}: undefined value.", nameof(Method));
        }

        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), ConfidenceLevel, "Must be strictly between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(DaysBeforeOriginIncluded, nameof(DaysBeforeOriginIncluded));
        if (HorizonMonths is { } h && !(h > 0 && double.IsFinite(h)))
        {
            throw new ArgumentOutOfRangeException(nameof(HorizonMonths), h, "Must be a positive number of months.");
        }
    }
}
