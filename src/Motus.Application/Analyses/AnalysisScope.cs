namespace Motus.Application.Analyses;

/// <summary>Which patients an analysis runs on.</summary>
/// <param name="ProtocolId">The study (protocol id); null when the database holds exactly one study, which is then used.</param>
/// <param name="PatientCode">Only this patient of the study; null for every patient.</param>
public sealed record AnalysisScope(string? ProtocolId = null, string? PatientCode = null);
