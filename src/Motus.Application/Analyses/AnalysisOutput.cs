namespace Motus.Application.Analyses;

/// <summary>An analysis result with the study it was computed on: what <c>motus analyze … --json</c> writes.</summary>
/// <typeparam name="T">The result record of the analysis.</typeparam>
/// <param name="Study">The study's protocol id.</param>
/// <param name="DatesShifted">True when the study's dates are shifted (day counts from an anchor), so dates are not real calendar dates.</param>
/// <param name="Patient">The patient code when the analysis ran on one patient; null for the whole study.</param>
/// <param name="PatientsLoaded">Current patients loaded (one with --patient); each analysis lists whom it left out and why.</param>
/// <param name="Result">The analysis result, as the Analysis API returns it.</param>
public sealed record AnalysisOutput<T>(string Study, bool DatesShifted, string? Patient, int PatientsLoaded, T Result);
