namespace Motus.Analysis.Cohort;

/// <summary>A ratio estimate with its confidence limits.</summary>
/// <param name="Estimate">a / b.</param>
/// <param name="Lower">Lower limit; null when unbounded.</param>
/// <param name="Upper">Upper limit; null when unbounded.</param>
/// <param name="Note">Why the limits are missing, else null.</param>
public sealed record RatioInterval(double Estimate, double? Lower, double? Upper, string? Note);
