using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Analysis.Evidence;
using Motus.Application.Evidence;

namespace Motus.Web.Pages.Evidence;

/// <summary>Everything known about one study: every field with its status and source, adverse-event counts, efficacy numbers, claims, related studies, notes, and the reviews that include it.</summary>
public sealed class EvidenceStudyModel(EvidenceSource source) : PageModel
{
    /// <summary>The study.</summary>
    public EvidenceStudy Study { get; private set; } = null!;
    /// <summary>Its scalar facts.</summary>
    public IReadOnlyList<EvidenceFact> Facts { get; private set; } = [];
    /// <summary>Systematic reviews that include it.</summary>
    public IReadOnlyList<SystematicReview> Reviews { get; private set; } = [];

    /// <summary>Loads, or 404 for an unknown id.</summary>
    public IActionResult OnGet(string id)
    {
        var study = source.Library.FindStudy(id);
        if (study is null)
        {
            return NotFound();
        }

        Study = study;
        Facts = EvidenceFacts.Of(study);
        Reviews = source.Library.Reviews.Where(r => r.IncludedStudyIds.Value?.Contains(study.Id, StringComparer.Ordinal) == true).ToList();
        return Page();
    }

    /// <summary>The key of a resolved source description (the table shows the key, linked to the full description below it).</summary>
    public string SourceKey(string description) =>
        Study.Sources.FirstOrDefault(kv => string.Equals(kv.Value, description, StringComparison.Ordinal)).Key ?? description;

    /// <summary>The resolved description of a source key.</summary>
    public string SourceText(string? key) => EvidenceFacts.SourceText(Study, key);
}
