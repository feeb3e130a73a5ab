using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.CellTherapy;

/// <summary>A manufactured lot of a cell product.</summary>
public sealed record CellProductDetails
{
    /// <summary>Lot number, unique within the study (STUDY-04 pattern).</summary>
    public required string Lot { get; init; }
    /// <summary>Product name (e.g. <c>MSC-NTF</c>, <c>NurOwn</c>).</summary>
    public required string Name { get; init; }
    /// <summary>Kind of cells.</summary>
    public required CellType Type { get; init; }
    /// <summary>Tissue source.</summary>
    public TissueSource Source { get; init; }
    /// <summary>Autologous or allogeneic.</summary>
    public required CellOrigin Origin { get; init; }
    /// <summary>For an autologous lot, the patient whose cells these are (CP-02).</summary>
    public PatientId? DonorPatientId { get; init; }
    /// <summary>Viability at release, percent (CP-01).</summary>
    public double? ViabilityPercent { get; init; }
    /// <summary>Release date of the lot.</summary>
    public DateOnly? ReleaseDate { get; init; }

    /// <summary>Checks CP-01, CP-02 and the general rules.</summary>
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.When(!Codes.IsValid(Lot), DomainRules.CodePattern, nameof(Lot), Lot);
        v.RequiredText(Name, nameof(Name), 100);
        v.Defined(Type, nameof(Type));
        v.Defined(Source, nameof(Source));
        v.Defined(Origin, nameof(Origin));
        v.When((Origin == CellOrigin.Autologous) != (DonorPatientId is not null), DomainRules.AutologousDonor, nameof(DonorPatientId), DonorPatientId, $"origin {Origin}");
        v.When(ViabilityPercent is { } p && !(p >= 0 && p <= 100), DomainRules.ViabilityRange, nameof(ViabilityPercent), ViabilityPercent);
        v.NotInFuture(ReleaseDate, today, nameof(ReleaseDate));
        v.NotAncient(ReleaseDate, nameof(ReleaseDate));
        return v.Items;
    }
}
