namespace Motus.Analysis.Cafs;

/// <summary>The Finkelstein–Schoenfeld joint-rank test of a treated arm against a control arm.</summary>
/// <param name="Method">The statistic, variance and p-value methods, in words.</param>
/// <param name="Treated">n₁, patients in the treated arm.</param>
/// <param name="Control">n₂, patients in the control arm.</param>
/// <param name="Statistic">T = Σ_{i treated} U_i (positive = the treated arm did better).</param>
/// <param name="Variance">Var(T) = n₁n₂ / (N(N − 1)) · Σ_i U_i², the exact permutation variance.</param>
/// <param name="Z">T / √Var(T); null when the variance is 0 (all scores 0).</param>
/// <param name="NormalTwoSided">2·Φ(−|Z|); null with <paramref name="Z"/>.</param>
/// <param name="NormalOneSided">1 − Φ(Z); null with <paramref name="Z"/>.</param>
/// <param name="Permutation">The permutation p-values.</param>
public sealed record JointRankTestResult(
    string Method,
    int Treated,
    int Control,
    double Statistic,
    double Variance,
    double? Z,
    double? NormalTwoSided,
    double? NormalOneSided,
    PermutationPValue Permutation);
