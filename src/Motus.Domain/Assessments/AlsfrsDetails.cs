using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>
/// One ALSFRS-R (or original ALSFRS) rating: item scores 0–4 (4 = normal), the gastrostomy flag that selects item
/// 5a or 5b, and how it was administered. Items are nullable because some sources (PRO-ACT) hold incomplete rows or
/// only a total (<see cref="RecordedTotal"/>). Reference: Cedarbaum et al., J Neurol Sci 1999;169:13–21.
/// </summary>
public sealed record AlsfrsDetails : IRecordDetails
{
    /// <summary>Date of the rating.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>Scale version (rule ALSFRS-03).</summary>
    public AlsfrsScale Scale { get; init; } = AlsfrsScale.AlsfrsR;
    /// <summary>Item 1, speech.</summary>
    public int? Q1Speech { get; init; }
    /// <summary>Item 2, salivation.</summary>
    public int? Q2Salivation { get; init; }
    /// <summary>Item 3, swallowing.</summary>
    public int? Q3Swallowing { get; init; }
    /// <summary>Item 4, handwriting.</summary>
    public int? Q4Handwriting { get; init; }
    /// <summary>Item 5a, cutting food and handling utensils, for patients without gastrostomy.</summary>
    public int? Q5aCutting { get; init; }
    /// <summary>Item 5b, cutting food and handling utensils, alternate scale for patients with gastrostomy.</summary>
    public int? Q5bCuttingGastrostomy { get; init; }
    /// <summary>Item 6, dressing and hygiene.</summary>
    public int? Q6Dressing { get; init; }
    /// <summary>Item 7, turning in bed and adjusting bed clothes.</summary>
    public int? Q7Turning { get; init; }
    /// <summary>Item 8, walking.</summary>
    public int? Q8Walking { get; init; }
    /// <summary>Item 9, climbing stairs.</summary>
    public int? Q9Stairs { get; init; }
    /// <summary>Item 10 of the original ALSFRS (breathing); ALSFRS only.</summary>
    public int? Q10Respiratory { get; init; }
    /// <summary>Item R1 (10), dyspnoea; ALSFRS-R only.</summary>
    public int? R1Dyspnea { get; init; }
    /// <summary>Item R2 (11), orthopnoea; ALSFRS-R only.</summary>
    public int? R2Orthopnea { get; init; }
    /// <summary>Item R3 (12), respiratory insufficiency; ALSFRS-R only.</summary>
    public int? R3RespiratoryInsufficiency { get; init; }
    /// <summary>Gastrostomy present at the rating; null when not recorded (rule ALSFRS-04).</summary>
    public bool? Gastrostomy { get; init; }
    /// <summary>A total reported by the source, kept when items are incomplete and checked against the items otherwise (ALSFRS-05).</summary>
    public int? RecordedTotal { get; init; }
    /// <summary>How the rating was administered.</summary>
    public AdministrationMode Mode { get; init; }
    /// <summary>Who answered.</summary>
    public Respondent Respondent { get; init; }
    /// <summary>Rater's name or code, optional.</summary>
    public string? Rater { get; init; }

    /// <summary>Item 5 as scored: 5a or 5b, whichever is present.</summary>
    public int? Q5 => Q5aCutting ?? Q5bCuttingGastrostomy;

    /// <summary>Maximum total of the scale: 48 (ALSFRS-R) or 40 (ALSFRS).</summary>
    public int MaximumTotal => Scale == AlsfrsScale.Alsfrs ? 40 : 48;

    /// <summary>Bulbar sub-score, items 1–3 (0–12); null when any item is missing.</summary>
    public int? Bulbar => Sum(Q1Speech, Q2Salivation, Q3Swallowing);
    /// <summary>Fine-motor sub-score, items 4, 5 (a or b) and 6 (0–12); null when any item is missing.</summary>
    public int? FineMotor => Sum(Q4Handwriting, Q5, Q6Dressing);
    /// <summary>Gross-motor sub-score, items 7–9 (0–12); null when any item is missing.</summary>
    public int? GrossMotor => Sum(Q7Turning, Q8Walking, Q9Stairs);
    /// <summary>Respiratory sub-score, items R1–R3 (0–12); ALSFRS-R only, null otherwise or when an item is missing.</summary>
    public int? Respiratory => Scale == AlsfrsScale.AlsfrsR ? Sum(R1Dyspnea, R2Orthopnea, R3RespiratoryInsufficiency) : null;

    /// <summary>The sum of the items when every item of the scale is present; otherwise null.</summary>
    public int? ComputedTotal => Scale == AlsfrsScale.AlsfrsR
        ? Sum(Bulbar, FineMotor, GrossMotor, Respiratory)
        : Sum(Bulbar, FineMotor, GrossMotor, Q10Respiratory);

    /// <summary>The total to analyse: the computed sum when items are complete, else the recorded total.</summary>
    public int? Total => ComputedTotal ?? RecordedTotal;

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.Defined(Scale, nameof(Scale));
        v.Defined(Mode, nameof(Mode));
        v.Defined(Respondent, nameof(Respondent));
        v.NotInFuture(Date, today, nameof(Date));
        v.NotAncient(Date, nameof(Date));
        v.OptionalText(Rater, nameof(Rater), 100);
        foreach (var (score, field) in Items())
        {
            v.When(score is < 0 or > 4, DomainRules.AlsfrsItemRange, field, score);
        }

        v.When(Q5aCutting is not null && Q5bCuttingGastrostomy is not null, DomainRules.AlsfrsFiveAOrB, nameof(Q5bCuttingGastrostomy), Q5bCuttingGastrostomy, $"Q5a = {Q5aCutting}");
        if (Scale == AlsfrsScale.AlsfrsR)
        {
            v.When(Q10Respiratory is not null, DomainRules.AlsfrsItemsMatchVersion, nameof(Q10Respiratory), Q10Respiratory);
        }
        else
        {
            v.When(R1Dyspnea is not null, DomainRules.AlsfrsItemsMatchVersion, nameof(R1Dyspnea), R1Dyspnea);
            v.When(R2Orthopnea is not null, DomainRules.AlsfrsItemsMatchVersion, nameof(R2Orthopnea), R2Orthopnea);
            v.When(R3RespiratoryInsufficiency is not null, DomainRules.AlsfrsItemsMatchVersion, nameof(R3RespiratoryInsufficiency), R3RespiratoryInsufficiency);
        }

        v.When(Gastrostomy == true && Q5aCutting is not null, DomainRules.AlsfrsGastrostomyConsistent, nameof(Q5aCutting), Q5aCutting, "gastrostomy recorded");
        v.When(Gastrostomy == false && Q5bCuttingGastrostomy is not null, DomainRules.AlsfrsGastrostomyConsistent, nameof(Q5bCuttingGastrostomy), Q5bCuttingGastrostomy, "no gastrostomy recorded");
        if (!v.When(RecordedTotal is { } t && (t < 0 || t > MaximumTotal), DomainRules.AlsfrsTotalRange, nameof(RecordedTotal), RecordedTotal)
            && Items().All(i => i.Score is null or (>= 0 and <= 4)))
        {
            v.When(RecordedTotal is { } rt && ComputedTotal is { } ct && rt != ct, DomainRules.AlsfrsTotalMatchesItems, nameof(RecordedTotal), RecordedTotal, $"items sum to {ComputedTotal}");
        }

        v.When(RecordedTotal is null && Items().All(i => i.Score is null), DomainRules.AlsfrsNotEmpty, nameof(RecordedTotal), null);
        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (Date, nameof(Date));
    }

    /// <summary>Every item field with its score, in form order.</summary>
    public IEnumerable<(int? Score, string Field)> Items()
    {
        yield return (Q1Speech, nameof(Q1Speech));
        yield return (Q2Salivation, nameof(Q2Salivation));
        yield return (Q3Swallowing, nameof(Q3Swallowing));
        yield return (Q4Handwriting, nameof(Q4Handwriting));
        yield return (Q5aCutting, nameof(Q5aCutting));
        yield return (Q5bCuttingGastrostomy, nameof(Q5bCuttingGastrostomy));
        yield return (Q6Dressing, nameof(Q6Dressing));
        yield return (Q7Turning, nameof(Q7Turning));
        yield return (Q8Walking, nameof(Q8Walking));
        yield return (Q9Stairs, nameof(Q9Stairs));
        yield return (Q10Respiratory, nameof(Q10Respiratory));
        yield return (R1Dyspnea, nameof(R1Dyspnea));
        yield return (R2Orthopnea, nameof(R2Orthopnea));
        yield return (R3RespiratoryInsufficiency, nameof(R3RespiratoryInsufficiency));
    }

    private static int? Sum(params int?[] parts)
    {
        var total = 0;
        foreach (var p in parts)
        {
            if (p is not { } x)
            {
                return null;
            }

            total += x;
        }

        return total;
    }
}
