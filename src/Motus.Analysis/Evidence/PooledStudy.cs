namespace Motus.Analysis.Evidence;

/// <summary>One study's contribution to a pooled estimate, on the analysis scale (yᵢ, vᵢ) and the natural scale.</summary>
/// <param name="StudyId">Study id.</param>
/// <param name="Label">Author year, journal.</param>
/// <param name="Events">Patients with the event (adverse events); null for efficacy.</param>
/// <param name="N">Denominator (adverse events); null for efficacy.</param>
/// <param name="Yi">Effect on the analysis scale (logit, Freeman–Tukey, or the difference itself).</param>
/// <param name="Vi">Its sampling variance.</param>
/// <param name="Estimate">Natural-scale estimate (proportion, or difference).</param>
/// <param name="CiLower">Natural-scale lower bound: yᵢ − z√vᵢ back-transformed, or the printed bound for efficacy.</param>
/// <param name="CiUpper">Natural-scale upper bound.</param>
/// <param name="WeightPercent">Weight in the pooled estimate (percent); null when not pooled.</param>
/// <param name="Detail">What was counted or measured, and when.</param>
public sealed record PooledStudy(string StudyId, string Label, int? Events, int? N, double Yi, double Vi, double Estimate, double CiLower, double CiUpper,
    double? WeightPercent, string Detail);
