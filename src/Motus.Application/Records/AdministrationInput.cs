using Motus.Domain.CellTherapy;
using Motus.Domain.Common;

namespace Motus.Application.Records;

/// <summary>An administration of a cell-product lot as entered (rules ADM-01 to ADM-07).</summary>
public sealed class AdministrationInput : IRecordInput<AdministrationDetails>
{
    /// <summary>Date given.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>The lot given (one of the study's cell products).</summary>
    public Guid? CellProductId { get; set; }
    /// <summary>Route.</summary>
    public AdministrationRoute? Route { get; set; }
    /// <summary>Dose amount in <see cref="DoseUnit"/>.</summary>
    public double? DoseAmount { get; set; }
    /// <summary>Dose unit.</summary>
    public DoseUnit DoseUnit { get; set; } = DoseUnit.Cells;
    /// <summary>Number of the dose in the patient's series, from 1.</summary>
    public int? DoseNumber { get; set; }
    /// <summary>Procedure notes; never identifying text.</summary>
    public string? ProcedureNotes { get; set; }

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static AdministrationInput From(AdministrationDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new AdministrationInput
        {
            Date = d.Date,
            CellProductId = d.CellProductId.Value,
            Route = d.Route,
            DoseAmount = d.DoseAmount,
            DoseUnit = d.DoseUnit,
            DoseNumber = d.DoseNumber,
            ProcedureNotes = d.ProcedureNotes,
        };
    }

    /// <inheritdoc />
    public AdministrationDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count;
        var date = InputRules.Required(Date, nameof(Date), "The date given", errors);
        var product = InputRules.Required(CellProductId, nameof(CellProductId), "The product lot", errors);
        var route = InputRules.Required(Route, nameof(Route), "The route", errors);
        var amount = InputRules.Required(DoseAmount, nameof(DoseAmount), "The dose", errors);
        var number = InputRules.Required(DoseNumber, nameof(DoseNumber), "The dose number", errors);
        return errors.Count > count ? null : new AdministrationDetails
        {
            Date = date!.Value,
            CellProductId = new CellProductId(product!.Value),
            Route = route!.Value,
            DoseAmount = amount!.Value,
            DoseUnit = DoseUnit,
            DoseNumber = number!.Value,
            ProcedureNotes = InputRules.Text(ProcedureNotes),
        };
    }
}
