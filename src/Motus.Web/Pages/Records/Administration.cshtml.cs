using Motus.Application.Records;
using Motus.Domain.CellTherapy;
using Motus.Web.Security;
namespace Motus.Web.Pages.Records;

/// <summary>The administration form: the lot (from the study's cell products), route, dose and dose number.</summary>
public sealed class AdministrationModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<Administration, AdministrationDetails, AdministrationInput>(current, records, clock)
{
    /// <inheritdoc />
    public override RecordKind<Administration, AdministrationDetails> Kind => RecordKinds.Administration;

    /// <summary>The study's cell-product lots.</summary>
    public SelectField Products => new("CellProductId", "Product lot",
        [.. Patient.Products.Values.OrderBy(p => p.Details.Lot, StringComparer.Ordinal).Select(p => (p.Id.Value.ToString(), $"{p.Details.Lot} — {p.Details.Name}"))],
        Input.CellProductId?.ToString(), Patient.Products.Count == 0 ? $"The study has no cell-product lots yet; add one on the study's Cell products page (/studies/{Study}/cell-products)." : null, "Choose…");

    /// <inheritdoc />
    protected override AdministrationInput FromDetails(AdministrationDetails details) => AdministrationInput.From(details);

    /// <inheritdoc />
    protected override AdministrationInput NewInput() => new() { Date = Today };
}
