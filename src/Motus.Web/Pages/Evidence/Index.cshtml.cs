using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Analysis.Evidence;
using Motus.Application.Evidence;

namespace Motus.Web.Pages.Evidence;

/// <summary>The studies of the evidence library, filtered on the server from the query string (cell type, route, design, phase, years, conclusion).</summary>
public sealed class EvidenceIndexModel(EvidenceSource source) : PageModel
{
    /// <summary>Cell-type code.</summary>
    [BindProperty(SupportsGet = true)] public string? CellType { get; set; }
    /// <summary>Route code.</summary>
    [BindProperty(SupportsGet = true)] public string? Route { get; set; }
    /// <summary>Design code.</summary>
    [BindProperty(SupportsGet = true)] public string? Design { get; set; }
    /// <summary>Phase as printed, or one part of it.</summary>
    [BindProperty(SupportsGet = true)] public string? Phase { get; set; }
    /// <summary>Earliest year.</summary>
    [BindProperty(SupportsGet = true)] public int? YearFrom { get; set; }
    /// <summary>Latest year.</summary>
    [BindProperty(SupportsGet = true)] public int? YearTo { get; set; }
    /// <summary>Conclusion code.</summary>
    [BindProperty(SupportsGet = true)] public string? Conclusion { get; set; }

    /// <summary>The matching studies.</summary>
    public IReadOnlyList<EvidenceStudy> Studies { get; private set; } = [];
    /// <summary>All studies in the library.</summary>
    public int Total { get; private set; }
    /// <summary>Why the filter was refused, or null.</summary>
    public string? FilterError { get; private set; }

    /// <summary>Filters.</summary>
    public void OnGet()
    {
        var library = source.Library;
        Total = library.Studies.Count;
        var filter = new EvidenceFilter
        {
            CellType = Blank(CellType),
            Route = Blank(Route),
            Design = Blank(Design),
            Phase = Blank(Phase),
            YearFrom = YearFrom,
            YearTo = YearTo,
            Conclusion = Blank(Conclusion),
        };
        try
        {
            Studies = filter.Apply(library.Studies);
        }
        catch (ArgumentException e)
        {
            FilterError = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
