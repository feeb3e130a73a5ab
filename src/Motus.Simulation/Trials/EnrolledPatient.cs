using Motus.Simulation.NaturalHistory;

namespace Motus.Simulation.Trials;

/// <summary>A randomised patient of a simulated trial.</summary>
/// <param name="Patient">The simulated patient (days from enrolment).</param>
/// <param name="Active">True for the active arm (the true effect applies from enrolment).</param>
public readonly record struct EnrolledPatient(SimulatedPatient Patient, bool Active);
