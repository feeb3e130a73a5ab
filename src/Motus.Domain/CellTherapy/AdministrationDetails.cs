using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.CellTherapy;

/// <summary>One administration of a cell-product lot to a patient.</summary>
public sealed record AdministrationDetails : IRecordDetails
{
    /// <summary>Date given.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>The lot given.</summary>
    public required CellProductId CellProductId { get; init; }
    /// <summary>Route.</summary>
    public required AdministrationRoute Route { get; init; }
    /// <summary>Dose amount (ADM-01), in <see cref="DoseUnit"/>.</summary>
    public required double DoseAmount { get; init; }
    /// <summary>Dose unit.</summary>
    public DoseUnit DoseUnit { get; init; } = DoseUnit.Cells;
    /// <summary>Number of this dose in the patient's series, from 1 (ADM-02).</summary>
    public required int DoseNumber { get; init; }
    /// <summary>Procedure notes (e.g. lumbar puncture level, premedication), optional; never identifying text.</summary>
    public string? ProcedureNotes { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.Defined(Route, nameof(Route));
        v.Defined(DoseUnit, nameof(DoseUnit));
        v.NotInFuture(Date, today, nameof(Date));
        v.NotAncient(Date, nameof(Date));
        v.When(!(DoseAmount > 0 && DoseAmount <= 1e12), DomainRules.DoseRange, nameof(DoseAmount), DoseAmount);
        v.When(DoseNumber < 1, DomainRules.DoseNumberPositive, nameof(DoseNumber), DoseNumber);
        v.OptionalText(ProcedureNotes, nameof(ProcedureNotes), 2000);
        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (Date, nameof(Date));
    }
}
