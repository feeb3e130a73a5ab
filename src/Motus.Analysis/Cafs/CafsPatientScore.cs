namespace Motus.Analysis.Cafs;

/// <summary>One patient's CAFS inputs and results.</summary>
/// <param name="PatientCode">The patient's code.</param>
/// <param name="ArmCode">The arm.</param>
/// <param name="Died">True when the survival event occurred within the horizon.</param>
/// <param name="Months">Months to the event, or to the end of follow-up (cut at the horizon) when alive.</param>
/// <param name="BaselineTotal">The baseline ALSFRS-R total.</param>
/// <param name="LastChange">Change from baseline at the last rating within follow-up (0 without a later rating).</param>
/// <param name="LastChangeMonths">Months from the origin to that rating; 0 without a later rating.</param>
/// <param name="Score">U_i = Σ_j of the pairwise comparisons with every other patient.</param>
/// <param name="Rank">Mid-rank of the score among all patients of both arms (1 = worst).</param>
public sealed record CafsPatientScore(
    string PatientCode,
    string ArmCode,
    bool Died,
    double Months,
    int BaselineTotal,
    double LastChange,
    double LastChangeMonths,
    int Score,
    double Rank);
