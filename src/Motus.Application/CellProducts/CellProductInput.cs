using Motus.Application.Records;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;

namespace Motus.Application.CellProducts;

/// <summary>
/// A cell-product lot as entered on the form or sent to the API (rules CP-01 to CP-03). The donor of an autologous lot
/// is named by patient code; type, tissue source and origin must be chosen explicitly.
/// </summary>
public sealed class CellProductInput
{
    /// <summary>Lot number (STUDY-04 pattern), unique in the study (CP-03).</summary>
    public string? Lot { get; set; }
    /// <summary>Product name (e.g. <c>MSC-NTF</c>).</summary>
    public string? Name { get; set; }
    /// <summary>Kind of cells (required).</summary>
    public CellType? Type { get; set; }
    /// <summary>Tissue source (required; <c>Unknown</c> when not recorded).</summary>
    public TissueSource? Source { get; set; }
    /// <summary>Autologous or allogeneic (required).</summary>
    public CellOrigin? Origin { get; set; }
    /// <summary>For an autologous lot: the code of the donor patient (a patient of the study at one of the caller's sites); empty otherwise (CP-02).</summary>
    public string? DonorPatientCode { get; set; }
    /// <summary>Viability at release, percent (CP-01).</summary>
    public double? ViabilityPercent { get; set; }
    /// <summary>Release date.</summary>
    public DateOnly? ReleaseDate { get; set; }

    /// <summary>The input that shows <paramref name="d"/>, with the donor's code.</summary>
    public static CellProductInput From(CellProductDetails d, string? donorCode)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new CellProductInput
        {
            Lot = d.Lot,
            Name = d.Name,
            Type = d.Type,
            Source = d.Source,
            Origin = d.Origin,
            DonorPatientCode = donorCode,
            ViabilityPercent = d.ViabilityPercent,
            ReleaseDate = d.ReleaseDate,
        };
    }

    /// <summary>The details with <paramref name="donor"/> (resolved from <see cref="DonorPatientCode"/>), or null after adding every missing required field to <paramref name="errors"/>.</summary>
    public CellProductDetails? ToDetails(PatientId? donor, ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count;
        var lot = InputRules.RequiredText(Lot, nameof(Lot), "The lot number", errors);
        var name = InputRules.RequiredText(Name, nameof(Name), "The product name", errors);
        var type = InputRules.Required(Type, nameof(Type), "The kind of cells", errors);
        var source = InputRules.Required(Source, nameof(Source), "The tissue source (choose Unknown when not recorded)", errors);
        var origin = InputRules.Required(Origin, nameof(Origin), "Autologous or allogeneic", errors);
        return errors.Count > count ? null : new CellProductDetails
        {
            Lot = lot!,
            Name = name!,
            Type = type!.Value,
            Source = source!.Value,
            Origin = origin!.Value,
            DonorPatientId = donor,
            ViabilityPercent = ViabilityPercent,
            ReleaseDate = ReleaseDate,
        };
    }
}
