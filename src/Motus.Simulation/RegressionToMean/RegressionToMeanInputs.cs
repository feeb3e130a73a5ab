namespace Motus.Simulation.RegressionToMean;

/// <summary>
/// The linear Gaussian model of trial-methods §3.2: true individual slopes β_i ~ N(μ, σ1²) in points/month, every
/// assessment carries independent noise N(0, σe²), and each window's slope is estimated by OLS, so ŝ_pre = β_i + e1 and
/// ŝ_post = β_i + e2. Patients enter when ŝ_pre ≤ c (or all of them when no threshold is given).
/// </summary>
/// <param name="Schedule">Lead-in and follow-up visit times and whether common times are one assessment.</param>
/// <param name="SlopeMean">μ, the mean true slope (points/month; ALS: about −1, trial-methods §2.1).</param>
/// <param name="SlopeSd">σ1, the between-patient SD of true slopes (points/month; about 0.6–0.7, van Eijk 2019).</param>
/// <param name="ResidualSd">σe, the SD of one ALSFRS-R assessment around the patient's line (points; 1.0–2.0 plausible, unverified [U]).</param>
/// <param name="SelectionThreshold">c in the entry rule ŝ_pre ≤ c (points/month); null enrols everyone.</param>
public sealed record RegressionToMeanInputs(
    PrePostSchedule Schedule,
    double SlopeMean,
    double SlopeSd,
    double ResidualSd,
    double? SelectionThreshold);
