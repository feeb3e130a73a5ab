using Motus.Domain.CellTherapy;
using Motus.Web.Pages.Records;

namespace Motus.Web.Pages.CellProducts;

/// <summary>Cell types and tissue sources as the field writes them (MSC, MSC-NTF, iPSC), for the lot list and form.</summary>
public static class CellProductLabels
{
    /// <summary>A kind of cells.</summary>
    public static string Label(CellType type) => type switch
    {
        CellType.Msc => "MSC (mesenchymal stem/stromal cells)",
        CellType.MscNtf => "MSC-NTF (neurotrophic factor-secreting MSC)",
        CellType.NeuralStemOrProgenitor => "Neural stem or progenitor cells",
        CellType.IpscDerived => "iPSC-derived cells",
        CellType.BoneMarrowMononuclear => "Bone-marrow mononuclear cells",
        _ => SelectField.Words(type.ToString()),
    };

    /// <summary>A tissue source.</summary>
    public static string Label(TissueSource source) => source switch
    {
        TissueSource.Ipsc => "iPSC",
        TissueSource.UmbilicalCord => "Umbilical cord or cord blood",
        TissueSource.Placenta => "Placenta or amnion",
        _ => SelectField.Words(source.ToString()),
    };

    /// <summary>The pick list of kinds of cells.</summary>
    public static SelectField Types(CellType? selected) =>
        new("Type", "Kind of cells", [.. Enum.GetValues<CellType>().Select(t => (t.ToString(), Label(t)))], selected?.ToString(), Empty: "Choose…");

    /// <summary>The pick list of tissue sources.</summary>
    public static SelectField Sources(TissueSource? selected) =>
        new("Source", "Tissue source", [.. Enum.GetValues<TissueSource>().Select(s => (s.ToString(), Label(s)))], selected?.ToString(), Empty: "Choose…");
}
