using Motus.Domain.Records;

namespace Motus.Application.Analyses;

/// <summary>The current (not soft-deleted) patients of one study with their current records.</summary>
/// <param name="ProtocolId">The study's protocol id.</param>
/// <param name="StudyName">The study's name.</param>
/// <param name="DatesShifted">True when the study's dates are day counts added to an anchor (PRO-ACT), not real dates.</param>
/// <param name="Arms">The arm codes of the study, as defined in it, sorted (ordinal, case-insensitive).</param>
/// <param name="Records">The patients' records, ordered by code.</param>
public sealed record StudyCohort(string ProtocolId, string StudyName, bool DatesShifted, IReadOnlyList<string> Arms, IReadOnlyList<PatientRecord> Records)
{
    /// <summary>
    /// The arm of the study spelled <paramref name="code"/> (matched case-insensitively, as the domain does), in the
    /// study's own spelling; a usage error naming <paramref name="option"/> and listing the arms when it is missing or unknown.
    /// </summary>
    /// <param name="code">The arm code given by the user; null when the option was not given.</param>
    /// <param name="option">The option name, for the message (e.g. <c>--control</c>).</param>
    public string RequireArm(string? code, string option)
    {
        var arms = Arms.Count == 0 ? "none defined" : string.Join(", ", Arms);
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new MotusException(ExitCategory.Usage, $"Give {option} ARM (arms of study {ProtocolId}: {arms}).");
        }

        return Arms.FirstOrDefault(a => string.Equals(a, code, StringComparison.OrdinalIgnoreCase))
            ?? throw new MotusException(ExitCategory.Usage, $"{option} {code}: study {ProtocolId} has no such arm (arms: {arms}).");
    }

    /// <summary>The one patient of a single-patient scope; a usage error when the cohort holds another number of patients.</summary>
    public PatientRecord OnlyPatient() => Records.Count == 1
        ? Records[0]
        : throw new MotusException(ExitCategory.Usage, $"This analysis is for one patient: give --patient CODE ({Records.Count} patients in study {ProtocolId}).");

    /// <summary>The result with the study facts around it.</summary>
    /// <param name="scope">The scope the cohort was loaded for.</param>
    /// <param name="result">The analysis result.</param>
    public AnalysisOutput<T> Output<T>(AnalysisScope scope, T result) =>
        new(ProtocolId, DatesShifted, scope?.PatientCode, Records.Count, result);
}
