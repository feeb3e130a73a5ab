using Motus.Domain.Assessments;

namespace Motus.Web.Api;

/// <summary>An ALSAQ-40 or ALSAQ-5 questionnaire: the answers as entered and the scores computed from them.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Deleted">Whether it was (soft-)deleted.</param>
/// <param name="Details">Date, version and answers in the version's order (null for an unanswered item).</param>
/// <param name="Scores">Domain scores and summary index.</param>
public sealed record AlsaqDto(Guid Id, bool Deleted, AlsaqDetails Details, AlsaqScoresDto Scores)
{
    /// <summary>The DTO of <paramref name="record"/>.</summary>
    public static AlsaqDto From(AlsaqAssessment record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var d = record.Details;
        return new AlsaqDto(record.Id, record.IsDeleted, d, new AlsaqScoresDto(
            d.DomainScore(AlsaqDomain.PhysicalMobility), d.DomainScore(AlsaqDomain.DailyLiving), d.DomainScore(AlsaqDomain.EatingAndDrinking),
            d.DomainScore(AlsaqDomain.Communication), d.DomainScore(AlsaqDomain.EmotionalReactions), d.SummaryIndex, AlsaqScoresDto.ScoringMethod));
    }
}

/// <summary>ALSAQ domain scores, 0–100 (higher is worse); null for a domain with no answered item.</summary>
/// <param name="PhysicalMobility">Items 1–10 (ALSAQ-5: item 9).</param>
/// <param name="DailyLiving">Activities of daily living and independence, items 11–20 (ALSAQ-5: item 11).</param>
/// <param name="EatingAndDrinking">Items 21–23 (ALSAQ-5: item 22).</param>
/// <param name="Communication">Items 24–30 (ALSAQ-5: item 25).</param>
/// <param name="EmotionalReactions">Items 31–40 (ALSAQ-5: item 34).</param>
/// <param name="SummaryIndex">Mean of the five domain scores; null when any domain is missing.</param>
/// <param name="Method">How the scores were computed.</param>
public sealed record AlsaqScoresDto(double? PhysicalMobility, double? DailyLiving, double? EatingAndDrinking, double? Communication,
    double? EmotionalReactions, double? SummaryIndex, string Method)
{
    /// <summary>The scoring as implemented by <see cref="AlsaqDetails"/>.</summary>
    public const string ScoringMethod = "Standard Jenkinson scoring (unverified against the original manual): domain = 100 × Σ answered items / (4 × number answered); " +
        "summary index = mean of the five domain scores";
}
