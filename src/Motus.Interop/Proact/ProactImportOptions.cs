namespace Motus.Interop.Proact;

/// <summary>How to turn a PRO-ACT folder into a Motus study.</summary>
/// <param name="AnchorDate">
/// The calendar date that PRO-ACT day 0 (trial onset) maps to: every <c>*_Delta</c> becomes
/// <c>AnchorDate.AddDays(delta)</c>. The study is created date-shifted with this anchor.
/// </param>
/// <param name="ProtocolId">Protocol id of the study to create (1–40 letters, digits, '.', '_' or '-').</param>
/// <param name="StudyName">Name of the study to create.</param>
/// <param name="SiteCode">Code of the one site all patients are placed at.</param>
/// <param name="Today">Today's date, for the rule that clinical dates are not in the future (GEN-01).</param>
public sealed record ProactImportOptions(DateOnly AnchorDate, string ProtocolId, string StudyName, string SiteCode, DateOnly Today);
