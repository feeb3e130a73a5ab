using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.CellTherapy;

/// <summary>A lot of a cell product used in a study.</summary>
public sealed class CellProduct
{
    private CellProduct() => Details = null!;

    private CellProduct(StudyId studyId, CellProductDetails details)
    {
        Id = CellProductId.New();
        StudyId = studyId;
        Details = details;
    }

    /// <summary>The lot's id.</summary>
    public CellProductId Id { get; private set; }

    /// <summary>The study.</summary>
    public StudyId StudyId { get; private set; }

    /// <summary>The lot's description.</summary>
    public CellProductDetails Details { get; private set; }

    /// <summary>Creates a lot after checking its rules.</summary>
    public static Validated<CellProduct> Create(StudyId studyId, CellProductDetails details, DateOnly today) =>
        Validated<CellProduct>.From(details.Validate(today), () => new CellProduct(studyId, details));

    /// <summary>Checks rule CP-03: <paramref name="lot"/> is not already used by another lot of the study (case-insensitive).</summary>
    /// <param name="lot">The lot number entered.</param>
    /// <param name="lotsInStudy">Lot numbers of the study's other lots (the lot being edited excluded).</param>
    public static IReadOnlyList<RuleViolation> CheckLotUnique(string lot, IEnumerable<string> lotsInStudy)
    {
        var v = new ViolationList();
        v.When(lotsInStudy.Contains(lot, StringComparer.OrdinalIgnoreCase), DomainRules.LotUnique, nameof(CellProductDetails.Lot), lot);
        return v.Items;
    }

    /// <summary>Replaces the description; nothing changes when any rule is broken.</summary>
    public IReadOnlyList<RuleViolation> Revise(CellProductDetails details, DateOnly today)
    {
        var violations = details.Validate(today);
        if (violations.Count == 0)
        {
            Details = details;
        }

        return violations;
    }
}
