using Motus.Domain.Assessments;

namespace Motus.Analysis.Progression;

/// <summary>Windows and choices of a pre/post slope comparison around an administration. Every member has a documented default.</summary>
public sealed record PrePostOptions
{
    /// <summary>Lead-in window: visits from the administration date minus this many days. Default 91 (≈ 3 months).</summary>
    public int LeadInDays { get; init; } = 91;

    /// <summary>Post window: visits up to the administration date plus this many days. Default 183 (≈ 6 months).</summary>
    public int PostDays { get; init; } = 183;

    /// <summary>
    /// The baseline visit is the last rating on or before the administration date and no more than this many days
    /// before it. Default 14. With none in that range the two slopes share no visit (a warning says so).
    /// </summary>
    public int BaselineToleranceDays { get; init; } = 14;

    /// <summary>Where the baseline visit goes. Default <see cref="BaselineVisitHandling.Shared"/>.</summary>
    public BaselineVisitHandling Baseline { get; init; } = BaselineVisitHandling.Shared;

    /// <summary>Scale whose ratings are used. Default ALSFRS-R.</summary>
    public AlsfrsScale Scale { get; init; } = AlsfrsScale.AlsfrsR;

    /// <summary>Checks the windows; throws <see cref="ArgumentOutOfRangeException"/> on a negative or zero length.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LeadInDays);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(PostDays);
        ArgumentOutOfRangeException.ThrowIfNegative(BaselineToleranceDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BaselineToleranceDays, LeadInDays);
    }
}
