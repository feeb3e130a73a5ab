namespace Motus.Application.Records;

/// <summary>A patient as pages and URLs name it: study protocol id and patient code.</summary>
/// <param name="Study">The study's protocol id.</param>
/// <param name="Code">The patient's code in that study.</param>
public sealed record PatientKey(string Study, string Code);
