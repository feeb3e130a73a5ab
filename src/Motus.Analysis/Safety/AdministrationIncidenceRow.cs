namespace Motus.Analysis.Safety;

/// <summary>Incidence per administration of one arm for one dose number or one route.</summary>
/// <param name="Arm">Arm code, "(none)" or "(all)".</param>
/// <param name="GroupedBy">"Dose number" or "Route".</param>
/// <param name="Level">The dose number ("1", "2", …) or the route name.</param>
/// <param name="Administrations">Administrations in the row.</param>
/// <param name="Any">Any attributed adverse event.</param>
/// <param name="ProcedureRelated">Attributed events related to the procedure (possible, probable, definite).</param>
/// <param name="ProductRelated">Attributed events related to the product.</param>
public sealed record AdministrationIncidenceRow(string Arm, string GroupedBy, string Level, int Administrations, AdministrationEvents Any,
    AdministrationEvents ProcedureRelated, AdministrationEvents ProductRelated);
