using System.Globalization;
using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>
/// Generates one plain-language <see cref="EvidenceSummary"/> per cell type × route present in the library (studies
/// with either field missing are listed on no page and counted in the index). Every sentence is built from the data;
/// nothing is written by hand per page.
/// </summary>
public static class EvidenceSummaries
{
    /// <summary>The statement printed at the top and bottom of every page.</summary>
    public const string Disclaimer =
        "Motus gives no medical advice. This page summarises published research as recorded in the Motus evidence library; it is not a recommendation for or against any treatment. Talk to your neurologist before making decisions.";

    /// <summary>All pages, ordered by cell type then route.</summary>
    public static IReadOnlyList<EvidenceSummary> Build(EvidenceLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return library.Studies
            .Where(s => s.CellType.HasValue && s.Route.HasValue)
            .GroupBy(s => (Cell: s.CellType.Value!.Code, Route: s.Route.Value!.Code))
            .OrderBy(g => g.Key.Cell, StringComparer.Ordinal).ThenBy(g => g.Key.Route, StringComparer.Ordinal)
            .Select(g => Page(g.Key.Cell, g.Key.Route, g.ToList(), library))
            .ToList();
    }

    /// <summary>Studies that appear on no page because their cell type or route was not captured.</summary>
    public static IReadOnlyList<EvidenceStudy> Unplaced(EvidenceLibrary library) =>
        library.Studies.Where(s => !s.CellType.HasValue || !s.Route.HasValue).ToList();

    private static EvidenceSummary Page(string cell, string route, List<EvidenceStudy> studies, EvidenceLibrary library)
    {
        var cellName = EvidenceVocabulary.CellTypeName(cell);
        var routeName = EvidenceVocabulary.RouteName(route);
        var title = $"{char.ToUpperInvariant(cellName[0])}{cellName[1..]}, given {routeName}";
        var sections = new List<EvidenceSummarySection>
        {
            new("What was tried", SummaryText.WhatWasTried(studies, cellName, routeName)),
            new("How many patients", SummaryText.HowManyPatients(studies)),
            new("What kinds of study", SummaryText.Designs(studies)),
            new("What the randomised trials showed", SummaryText.Randomised(studies)),
            new("Safety reported", SummaryText.Safety(studies)),
            new("Claims from studies without a control group", SummaryText.Claims(studies, library)),
            new("How sure we are of these facts", SummaryText.Certainty(studies)),
        };
        var rows = studies.Select(s => new EvidenceSummaryStudy(
            s.Id, s.Label, s.Design.Value?.Code ?? "not captured",
            s.NTreated.Value?.ToString(CultureInfo.InvariantCulture) ?? "not captured",
            s.Conclusion.Value ?? "not captured",
            $"{EvidenceFacts.Of(s).Count(f => f.Status == EvidenceStatus.Verified)}/{EvidenceFacts.FieldNames.Count}")).ToList();
        return new EvidenceSummary($"{cell}--{route}", cell, route, title, Disclaimer, sections, rows);
    }
}
