namespace Motus.Simulation.Randomisation;

/// <summary>One patient's allocation by minimisation.</summary>
/// <param name="PatientId">Patient identifier.</param>
/// <param name="Levels">The patient's factor levels.</param>
/// <param name="Arm">Allocated arm.</param>
/// <param name="Imbalances">D_a for each arm (in arm order): the weighted range imbalance had the patient gone to arm a.</param>
/// <param name="PreferredArm">The arm with the smallest D (ties broken at random).</param>
public sealed record MinimisationAssignment(string PatientId, IReadOnlyList<string> Levels, string Arm, IReadOnlyList<double> Imbalances, string PreferredArm);
