namespace Motus.Analysis.Cafs;

/// <summary>A CAFS analysis: per-patient scores and ranks, mean ranks by arm and the joint-rank test.</summary>
/// <param name="Method">Every rule and choice, in words.</param>
/// <param name="TreatedArm">The treated arm.</param>
/// <param name="ControlArm">The control arm.</param>
/// <param name="HorizonDays">The assessment horizon, or null for all follow-up.</param>
/// <param name="Patients">Scores and ranks, in input order.</param>
/// <param name="MeanRankTreated">Mean rank of the treated arm (higher = better); null when the arm is empty.</param>
/// <param name="MeanRankControl">Mean rank of the control arm; null when the arm is empty.</param>
/// <param name="Test">The joint-rank test; null when it cannot be computed (see <paramref name="Errors"/>).</param>
/// <param name="Excluded">Patients not analysed, with reasons.</param>
/// <param name="Errors">Why a part could not be computed.</param>
public sealed record CafsResult(
    string Method,
    string TreatedArm,
    string ControlArm,
    int? HorizonDays,
    IReadOnlyList<CafsPatientScore> Patients,
    double? MeanRankTreated,
    double? MeanRankControl,
    JointRankTestResult? Test,
    IReadOnlyList<Cohort.ExcludedPatient> Excluded,
    IReadOnlyList<string> Errors);
