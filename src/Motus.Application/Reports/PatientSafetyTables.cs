using Motus.Domain.Records;
using static Motus.Application.Reports.ReportFormat;

namespace Motus.Application.Reports;

/// <summary>The cell-therapy and safety sections of the patient report: administrations, adverse events, clinical events.</summary>
internal static class PatientSafetyTables
{
    public static void Add(HtmlReport report, PatientRecord current)
    {
        report.Section("administrations", "Cell-product administrations").Table("Administrations", ["Dose", "Date", "Product (lot)", "Route", "Dose (cells)", "Notes"],
            current.Administrations.OrderBy(a => a.Details.Date).Select(a => (IReadOnlyList<string>)
            [
                Count(a.Details.DoseNumber), Date(a.Details.Date),
                current.Products.TryGetValue(a.Details.CellProductId, out var product) ? $"{product.Details.Name} ({product.Details.Type}, lot {product.Details.Lot})" : None,
                a.Details.Route.ToString(), a.Details.DoseAmount.ToString("0.###E+0", System.Globalization.CultureInfo.InvariantCulture) + " " + a.Details.DoseUnit,
                a.Details.ProcedureNotes ?? "",
            ]));

        var doses = current.Administrations.ToDictionary(a => a.Id, a => a.Details.DoseNumber);
        report.Section("adverse-events", "Adverse events").Table("Adverse events", ["Onset", "Term", "Category", "CTCAE grade", "Serious", "Related to product", "Related to procedure", "After dose", "Outcome"],
            current.AdverseEvents.OrderBy(a => a.Details.OnsetDate).Select(a => (IReadOnlyList<string>)
            [
                Date(a.Details.OnsetDate), a.Details.VerbatimTerm, a.Details.Category.ToString(), a.Details.Grade?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? None,
                a.Details.Serious ? $"yes ({a.Details.SeriousCriteria})" : "no", a.Details.RelatednessToProduct.ToString(), a.Details.RelatednessToProcedure.ToString(),
                a.Details.AdministrationId is { } id && doses.TryGetValue(id, out var n) ? Count(n) : None, a.Details.Outcome.ToString(),
            ]));

        report.Section("events", "Clinical events").Table("Clinical events", ["Date", "Event", "Until", "Details"],
            current.Events.OrderBy(e => e.Details.Date).Select(e => (IReadOnlyList<string>)
            [
                Date(e.Details.Date), e.Details.Kind.ToString(), Date(e.Details.EndDate),
                string.Join("; ", new[] { e.Details.HoursPerDay is { } h ? $"{Number(h, 1)} h/day" : null, e.Details.Cause, e.Details.Notes }.Where(x => !string.IsNullOrEmpty(x))),
            ]));
    }
}
