namespace Motus.Application.Evidence;

/// <summary>
/// A plain-language page about one cell type given by one route, generated from the evidence data: sections of
/// paragraphs, the studies behind it, and the no-medical-advice statement. The CLI writes it as Markdown; the web app
/// renders the same model.
/// </summary>
/// <param name="Slug">File-name stem, <c>&lt;cell-type&gt;--&lt;route&gt;</c>.</param>
/// <param name="CellType">Cell-type code.</param>
/// <param name="Route">Route code.</param>
/// <param name="Title">Page title in plain words.</param>
/// <param name="Disclaimer">The no-medical-advice statement, shown first and last.</param>
/// <param name="Sections">The sections, in reading order.</param>
/// <param name="Studies">The studies the page is generated from.</param>
public sealed record EvidenceSummary(
    string Slug,
    string CellType,
    string Route,
    string Title,
    string Disclaimer,
    IReadOnlyList<EvidenceSummarySection> Sections,
    IReadOnlyList<EvidenceSummaryStudy> Studies);

/// <summary>One section of a summary page.</summary>
/// <param name="Heading">Heading (a question a reader would ask).</param>
/// <param name="Paragraphs">Plain-language paragraphs or bullet items.</param>
public sealed record EvidenceSummarySection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>One study row on a summary page.</summary>
/// <param name="Id">Study id (links to its page).</param>
/// <param name="Label">Author year, journal.</param>
/// <param name="Design">Design code, or "not captured".</param>
/// <param name="Treated">Patients treated, or "not captured".</param>
/// <param name="Conclusion">Authors' conclusion code, or "not captured".</param>
/// <param name="Verified">Verified fields out of all fields, e.g. "18/21".</param>
public sealed record EvidenceSummaryStudy(string Id, string Label, string Design, string Treated, string Conclusion, string Verified);
