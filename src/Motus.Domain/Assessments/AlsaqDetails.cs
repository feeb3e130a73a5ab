using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>ALSAQ-40 or its 5-item short form.</summary>
public enum AlsaqForm
{
    /// <summary>40 items, five domains (Jenkinson 1999).</summary>
    Alsaq40 = 40,
    /// <summary>5 items, one per domain (items 9, 11, 22, 25, 34 of the ALSAQ-40).</summary>
    Alsaq5 = 5,
}

/// <summary>An ALSAQ domain.</summary>
public enum AlsaqDomain
{
    /// <summary>Physical mobility: items 1–10.</summary>
    PhysicalMobility = 1,
    /// <summary>Activities of daily living / independence: items 11–20.</summary>
    DailyLiving = 2,
    /// <summary>Eating and drinking: items 21–23.</summary>
    EatingAndDrinking = 3,
    /// <summary>Communication: items 24–30.</summary>
    Communication = 4,
    /// <summary>Emotional reactions: items 31–40.</summary>
    EmotionalReactions = 5,
}

/// <summary>
/// An ALSAQ-40 or ALSAQ-5 questionnaire. Items are 0–4 (never … always or cannot do at all); a missing answer is
/// null. Domain scores are 0–100, higher is worse: 100 × Σ items / (4 × number of items answered in the domain).
/// The scoring formula is the standard Jenkinson scoring as described in the reference, <b>unverified</b> against the
/// original manual.
/// </summary>
public sealed record AlsaqDetails : IRecordDetails
{
    private static readonly IReadOnlyList<int> ShortFormItems = Array.AsReadOnly([9, 11, 22, 25, 34]);
    private static readonly IReadOnlyList<int> LongFormItems = Array.AsReadOnly(Enumerable.Range(1, 40).ToArray());

    /// <summary>Date completed.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>Form.</summary>
    public AlsaqForm Form { get; init; } = AlsaqForm.Alsaq40;
    /// <summary>Item answers in form order: 40 for ALSAQ-40, 5 for ALSAQ-5 (ALSAQ-02); null for a missing answer.</summary>
    public required IReadOnlyList<int?> Items { get; init; }

    /// <summary>The ALSAQ-40 item numbers of <see cref="Items"/>, in order.</summary>
    public IReadOnlyList<int> ItemNumbers => Form == AlsaqForm.Alsaq5 ? ShortFormItems : LongFormItems;

    /// <summary>The domain of ALSAQ-40 item <paramref name="itemNumber"/> (1–40).</summary>
    public static AlsaqDomain DomainOf(int itemNumber) => itemNumber switch
    {
        >= 1 and <= 10 => AlsaqDomain.PhysicalMobility,
        >= 11 and <= 20 => AlsaqDomain.DailyLiving,
        >= 21 and <= 23 => AlsaqDomain.EatingAndDrinking,
        >= 24 and <= 30 => AlsaqDomain.Communication,
        >= 31 and <= 40 => AlsaqDomain.EmotionalReactions,
        _ => throw new ArgumentOutOfRangeException(nameof(itemNumber), itemNumber, "ALSAQ-40 items are numbered 1–40."),
    };

    /// <summary>The domain score 0–100 (higher = worse), or null when no item of the domain was answered.</summary>
    public double? DomainScore(AlsaqDomain domain)
    {
        var answered = ItemNumbers.Zip(Items).Where(p => DomainOf(p.First) == domain && p.Second is not null).Select(p => p.Second!.Value).ToList();
        return answered.Count == 0 ? null : 100.0 * answered.Sum() / (4.0 * answered.Count);
    }

    /// <summary>Mean of the five domain scores (unverified summary index), or null when any domain is missing.</summary>
    public double? SummaryIndex
    {
        get
        {
            var scores = Enum.GetValues<AlsaqDomain>().Select(DomainScore).ToList();
            return scores.Any(s => s is null) ? null : scores.Average(s => s!.Value);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.Defined(Form, nameof(Form));
        v.NotInFuture(Date, today, nameof(Date));
        v.NotAncient(Date, nameof(Date));
        v.When(Items.Count != (int)Form, DomainRules.AlsaqItemCount, nameof(Items), Items.Count);
        for (var i = 0; i < Items.Count; i++)
        {
            v.When(Items[i] is < 0 or > 4, DomainRules.AlsaqItemRange, $"Items[{i + 1}]", Items[i]);
        }

        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (Date, nameof(Date));
    }

    /// <inheritdoc />
    public bool Equals(AlsaqDetails? other) =>
        other is not null && Date == other.Date && Form == other.Form && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Form, Items.Count);
}
