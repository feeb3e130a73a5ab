using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Safety;

/// <summary>An adverse event as reported and assessed.</summary>
public sealed record AdverseEventDetails : IRecordDetails
{
    /// <summary>The reporter's words.</summary>
    public required string VerbatimTerm { get; init; }
    /// <summary>Pick-list category.</summary>
    public AeCategory Category { get; init; }
    /// <summary>MedDRA preferred term, when coded (MedDRA needs a licence; Motus does not ship it).</summary>
    public string? MeddraPreferredTerm { get; init; }
    /// <summary>MedDRA system organ class, when coded.</summary>
    public string? MeddraSystemOrganClass { get; init; }
    /// <summary>CTCAE grade; null when not graded (e.g. imported without severity).</summary>
    public CtcaeGrade? Grade { get; init; }
    /// <summary>Serious (ICH E2A); needs at least one criterion (AE-03).</summary>
    public bool Serious { get; init; }
    /// <summary>Seriousness criteria.</summary>
    public SeriousnessCriteria SeriousCriteria { get; init; }
    /// <summary>Relatedness to the cell product.</summary>
    public Relatedness RelatednessToProduct { get; init; }
    /// <summary>Relatedness to the procedure (lumbar puncture, surgery, bone-marrow aspiration…).</summary>
    public Relatedness RelatednessToProcedure { get; init; }
    /// <summary>Expected or unexpected.</summary>
    public Expectedness Expectedness { get; init; }
    /// <summary>Onset date.</summary>
    public required DateOnly OnsetDate { get; init; }
    /// <summary>Resolution date (for a fatal event: the date of death).</summary>
    public DateOnly? ResolutionDate { get; init; }
    /// <summary>Outcome.</summary>
    public AeOutcome Outcome { get; init; }
    /// <summary>The administration the event followed, when any (AE-06).</summary>
    public Guid? AdministrationId { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.RequiredText(VerbatimTerm, nameof(VerbatimTerm), 200);
        v.OptionalText(MeddraPreferredTerm, nameof(MeddraPreferredTerm), 200);
        v.OptionalText(MeddraSystemOrganClass, nameof(MeddraSystemOrganClass), 200);
        v.Defined(Category, nameof(Category));
        v.Defined(RelatednessToProduct, nameof(RelatednessToProduct));
        v.Defined(RelatednessToProcedure, nameof(RelatednessToProcedure));
        v.Defined(Expectedness, nameof(Expectedness));
        v.Defined(Outcome, nameof(Outcome));
        v.When((SeriousCriteria & ~(SeriousnessCriteria)63) != 0, DomainRules.UndefinedCode, nameof(SeriousCriteria), SeriousCriteria);
        // default(CtcaeGrade) is grade 0: the struct cannot forbid it, so the record checks it.
        v.When(Grade is { Value: < 1 or > 5 }, DomainRules.CtcaeGradeRange, nameof(Grade), Grade?.Value);
        v.NotInFuture(OnsetDate, today, nameof(OnsetDate));
        v.NotAncient(OnsetDate, nameof(OnsetDate));
        v.NotInFuture(ResolutionDate, today, nameof(ResolutionDate));
        v.Ordered(OnsetDate, nameof(OnsetDate), ResolutionDate, nameof(ResolutionDate), DomainRules.AeResolutionAfterOnset);
        v.When(Serious != (SeriousCriteria != SeriousnessCriteria.None), DomainRules.SeriousNeedsCriteria, nameof(SeriousCriteria), SeriousCriteria, $"serious = {Serious}");
        v.When(Grade is { IsFatal: true } && Outcome != AeOutcome.Fatal, DomainRules.GradeFiveIsFatal, nameof(Outcome), Outcome, "grade 5");
        v.When(Grade is { IsFatal: false } && Outcome == AeOutcome.Fatal, DomainRules.GradeFiveIsFatal, nameof(Grade), Grade?.Value, "outcome fatal");
        v.When(Grade is { IsFatal: true } && ResolutionDate is null, DomainRules.GradeFiveNeedsDate, nameof(ResolutionDate), null);
        v.When(Grade is { IsFatal: true } && !SeriousCriteria.HasFlag(SeriousnessCriteria.Death), DomainRules.GradeFiveIsSerious, nameof(SeriousCriteria), SeriousCriteria);
        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (OnsetDate, nameof(OnsetDate));
        yield return (ResolutionDate, nameof(ResolutionDate));
    }
}
