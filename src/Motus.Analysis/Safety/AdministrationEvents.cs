namespace Motus.Analysis.Safety;

/// <summary>Administrations followed by at least one attributed event of a kind, and those events.</summary>
/// <param name="Administrations">Administrations with at least one such event, with the Clopper–Pearson interval over the row's administrations.</param>
/// <param name="Events">Attributed events of that kind.</param>
public sealed record AdministrationEvents(Incidence Administrations, int Events);
