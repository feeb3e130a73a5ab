using Motus.Domain.Safety;

namespace Motus.Application.Records;

/// <summary>
/// An adverse event as entered: CTCAE grade (1–5), seriousness with its ICH E2A criteria, relatedness to the product and
/// to the procedure, and the administration it followed (rules AE-01 to AE-08).
/// </summary>
public sealed class AdverseEventInput : IRecordInput<AdverseEventDetails>
{
    /// <summary>The reporter's words.</summary>
    public string? VerbatimTerm { get; set; }
    /// <summary>Pick-list category.</summary>
    public AeCategory Category { get; set; }
    /// <summary>MedDRA preferred term, when coded.</summary>
    public string? MeddraPreferredTerm { get; set; }
    /// <summary>MedDRA system organ class, when coded.</summary>
    public string? MeddraSystemOrganClass { get; set; }
    /// <summary>CTCAE grade 1–5; empty when not graded.</summary>
    public int? Grade { get; set; }
    /// <summary>Serious (ICH E2A).</summary>
    public bool Serious { get; set; }
    /// <summary>Seriousness criteria (none for a non-serious event).</summary>
    public List<SeriousnessCriteria> SeriousCriteria { get; set; } = [];
    /// <summary>Relatedness to the cell product.</summary>
    public Relatedness RelatednessToProduct { get; set; }
    /// <summary>Relatedness to the procedure.</summary>
    public Relatedness RelatednessToProcedure { get; set; }
    /// <summary>Expectedness.</summary>
    public Expectedness Expectedness { get; set; }
    /// <summary>Onset date.</summary>
    public DateOnly? OnsetDate { get; set; }
    /// <summary>Resolution date (the date of death for a fatal event).</summary>
    public DateOnly? ResolutionDate { get; set; }
    /// <summary>Outcome.</summary>
    public AeOutcome Outcome { get; set; }
    /// <summary>The administration the event followed, when any.</summary>
    public Guid? AdministrationId { get; set; }

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static AdverseEventInput From(AdverseEventDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new AdverseEventInput
        {
            VerbatimTerm = d.VerbatimTerm,
            Category = d.Category,
            MeddraPreferredTerm = d.MeddraPreferredTerm,
            MeddraSystemOrganClass = d.MeddraSystemOrganClass,
            Grade = d.Grade?.Value,
            Serious = d.Serious,
            SeriousCriteria = [.. Enum.GetValues<SeriousnessCriteria>().Where(c => c != SeriousnessCriteria.None && d.SeriousCriteria.HasFlag(c))],
            RelatednessToProduct = d.RelatednessToProduct,
            RelatednessToProcedure = d.RelatednessToProcedure,
            Expectedness = d.Expectedness,
            OnsetDate = d.OnsetDate,
            ResolutionDate = d.ResolutionDate,
            Outcome = d.Outcome,
            AdministrationId = d.AdministrationId,
        };
    }

    /// <inheritdoc />
    public AdverseEventDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count;
        var term = InputRules.RequiredText(VerbatimTerm, nameof(VerbatimTerm), "The event term", errors);
        var onset = InputRules.Required(OnsetDate, nameof(OnsetDate), "The onset date", errors);
        CtcaeGrade? grade = null;
        if (Grade is { } g)
        {
            if (CtcaeGrade.TryCreate(g, out var valid))
            {
                grade = valid;
            }
            else
            {
                errors.Add(new FieldError(nameof(Grade), $"Grade = {g}: must be a CTCAE grade from 1 to 5.", "AE-01"));
            }
        }

        var criteria = SeriousnessCriteria.None;
        foreach (var c in SeriousCriteria ?? [])
        {
            criteria |= c;
        }

        return errors.Count > count ? null : new AdverseEventDetails
        {
            VerbatimTerm = term!,
            Category = Category,
            MeddraPreferredTerm = InputRules.Text(MeddraPreferredTerm),
            MeddraSystemOrganClass = InputRules.Text(MeddraSystemOrganClass),
            Grade = grade,
            Serious = Serious,
            SeriousCriteria = criteria,
            RelatednessToProduct = RelatednessToProduct,
            RelatednessToProcedure = RelatednessToProcedure,
            Expectedness = Expectedness,
            OnsetDate = onset!.Value,
            ResolutionDate = ResolutionDate,
            Outcome = Outcome,
            AdministrationId = AdministrationId,
        };
    }
}
