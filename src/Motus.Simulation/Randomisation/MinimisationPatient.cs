namespace Motus.Simulation.Randomisation;

/// <summary>A patient to allocate, in enrolment order.</summary>
/// <param name="Id">Patient identifier.</param>
/// <param name="Levels">The patient's level of each factor, in the order of <see cref="MinimisationOptions.Factors"/>.</param>
public sealed record MinimisationPatient(string Id, IReadOnlyList<string> Levels);
