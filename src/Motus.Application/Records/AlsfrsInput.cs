using Motus.Domain.Assessments;

namespace Motus.Application.Records;

/// <summary>
/// An ALSFRS-R (or original ALSFRS) rating as entered. Every item of the scale is required unless a recorded total
/// stands in for missing items (as in some imported sources); item 5 is 5a without gastrostomy and 5b with it, and the
/// gastrostomy question is required when items are entered. Range and consistency rules are the domain's
/// (<see cref="AlsfrsDetails.Validate"/>, rules ALSFRS-01 to ALSFRS-07).
/// </summary>
public sealed class AlsfrsInput : IRecordInput<AlsfrsDetails>
{
    /// <summary>Date of the rating.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>Scale; ALSFRS-R unless an original-ALSFRS record is being edited.</summary>
    public AlsfrsScale Scale { get; set; } = AlsfrsScale.AlsfrsR;
    /// <summary>Item 1, speech (0–4).</summary>
    public int? Q1Speech { get; set; }
    /// <summary>Item 2, salivation.</summary>
    public int? Q2Salivation { get; set; }
    /// <summary>Item 3, swallowing.</summary>
    public int? Q3Swallowing { get; set; }
    /// <summary>Item 4, handwriting.</summary>
    public int? Q4Handwriting { get; set; }
    /// <summary>Item 5a, cutting food (no gastrostomy).</summary>
    public int? Q5aCutting { get; set; }
    /// <summary>Item 5b, cutting food and handling utensils (gastrostomy).</summary>
    public int? Q5bCuttingGastrostomy { get; set; }
    /// <summary>Item 6, dressing and hygiene.</summary>
    public int? Q6Dressing { get; set; }
    /// <summary>Item 7, turning in bed.</summary>
    public int? Q7Turning { get; set; }
    /// <summary>Item 8, walking.</summary>
    public int? Q8Walking { get; set; }
    /// <summary>Item 9, climbing stairs.</summary>
    public int? Q9Stairs { get; set; }
    /// <summary>Item 10 of the original ALSFRS (breathing); original scale only.</summary>
    public int? Q10Respiratory { get; set; }
    /// <summary>Item R1, dyspnoea.</summary>
    public int? R1Dyspnea { get; set; }
    /// <summary>Item R2, orthopnoea.</summary>
    public int? R2Orthopnea { get; set; }
    /// <summary>Item R3, respiratory insufficiency.</summary>
    public int? R3RespiratoryInsufficiency { get; set; }
    /// <summary>Gastrostomy present at the rating (selects 5a or 5b).</summary>
    public bool? Gastrostomy { get; set; }
    /// <summary>A total reported by a source whose items are incomplete; leave empty when entering items.</summary>
    public int? RecordedTotal { get; set; }
    /// <summary>How the rating was administered.</summary>
    public AdministrationMode Mode { get; set; }
    /// <summary>Who answered.</summary>
    public Respondent Respondent { get; set; }
    /// <summary>Rater's name or code.</summary>
    public string? Rater { get; set; }

    /// <summary>The item fields of <paramref name="scale"/> in form order with their labels (item 5 is handled apart).</summary>
    public static IReadOnlyList<(string Field, string Label)> ItemFields(AlsfrsScale scale) =>
    [
        (nameof(Q1Speech), "1 Speech"), (nameof(Q2Salivation), "2 Salivation"), (nameof(Q3Swallowing), "3 Swallowing"),
        (nameof(Q4Handwriting), "4 Handwriting"), (nameof(Q6Dressing), "6 Dressing and hygiene"), (nameof(Q7Turning), "7 Turning in bed"),
        (nameof(Q8Walking), "8 Walking"), (nameof(Q9Stairs), "9 Climbing stairs"),
        .. scale == AlsfrsScale.Alsfrs
            ? new[] { (nameof(Q10Respiratory), "10 Breathing") }
            : [(nameof(R1Dyspnea), "R1 Dyspnoea"), (nameof(R2Orthopnea), "R2 Orthopnoea"), (nameof(R3RespiratoryInsufficiency), "R3 Respiratory insufficiency")],
    ];

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static AlsfrsInput From(AlsfrsDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new AlsfrsInput
        {
            Date = d.Date,
            Scale = d.Scale,
            Q1Speech = d.Q1Speech,
            Q2Salivation = d.Q2Salivation,
            Q3Swallowing = d.Q3Swallowing,
            Q4Handwriting = d.Q4Handwriting,
            Q5aCutting = d.Q5aCutting,
            Q5bCuttingGastrostomy = d.Q5bCuttingGastrostomy,
            Q6Dressing = d.Q6Dressing,
            Q7Turning = d.Q7Turning,
            Q8Walking = d.Q8Walking,
            Q9Stairs = d.Q9Stairs,
            Q10Respiratory = d.Q10Respiratory,
            R1Dyspnea = d.R1Dyspnea,
            R2Orthopnea = d.R2Orthopnea,
            R3RespiratoryInsufficiency = d.R3RespiratoryInsufficiency,
            Gastrostomy = d.Gastrostomy,
            RecordedTotal = d.RecordedTotal,
            Mode = d.Mode,
            Respondent = d.Respondent,
            Rater = d.Rater,
        };
    }

    /// <inheritdoc />
    public AlsfrsDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count;
        var date = InputRules.Required(Date, nameof(Date), "The date of the rating", errors);
        if (RecordedTotal is null)
        {
            var values = ToDetailsUnchecked(default);
            var items = values.Items().ToDictionary(i => i.Field, i => i.Score, StringComparer.Ordinal);
            foreach (var (field, label) in ItemFields(Scale))
            {
                if (items[field] is null)
                {
                    errors.Add(new FieldError(field, $"Choose a score for item {label}."));
                }
            }

            if (Gastrostomy is null)
            {
                errors.Add(new FieldError(nameof(Gastrostomy), "Say whether the patient has a gastrostomy (it selects item 5a or 5b)."));
            }
            else if (Q5aCutting is null && Q5bCuttingGastrostomy is null)
            {
                errors.Add(Gastrostomy.Value
                    ? new FieldError(nameof(Q5bCuttingGastrostomy), "Choose a score for item 5b (cutting food and handling utensils, with gastrostomy).")
                    : new FieldError(nameof(Q5aCutting), "Choose a score for item 5a (cutting food and handling utensils)."));
            }
        }

        return errors.Count > count ? null : ToDetailsUnchecked(date!.Value);
    }

    /// <summary>The details as entered, unchecked (for showing the total and subscores while the form is incomplete).</summary>
    public AlsfrsDetails Preview() => ToDetailsUnchecked(Date ?? default);

    private AlsfrsDetails ToDetailsUnchecked(DateOnly date) => new()
    {
        Date = date,
        Scale = Scale,
        Q1Speech = Q1Speech,
        Q2Salivation = Q2Salivation,
        Q3Swallowing = Q3Swallowing,
        Q4Handwriting = Q4Handwriting,
        Q5aCutting = Q5aCutting,
        Q5bCuttingGastrostomy = Q5bCuttingGastrostomy,
        Q6Dressing = Q6Dressing,
        Q7Turning = Q7Turning,
        Q8Walking = Q8Walking,
        Q9Stairs = Q9Stairs,
        Q10Respiratory = Q10Respiratory,
        R1Dyspnea = R1Dyspnea,
        R2Orthopnea = R2Orthopnea,
        R3RespiratoryInsufficiency = R3RespiratoryInsufficiency,
        Gastrostomy = Gastrostomy,
        RecordedTotal = RecordedTotal,
        Mode = Mode,
        Respondent = Respondent,
        Rater = InputRules.Text(Rater),
    };
}
