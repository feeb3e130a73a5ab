using Motus.Analysis.Endpoints;

namespace Motus.Analysis.Cohort;

/// <summary>Kaplan–Meier curves by arm and the log-rank test.</summary>
/// <param name="Method">The method and every choice, in words.</param>
/// <param name="Endpoint">The endpoint definition in words.</param>
/// <param name="Origin">The clock.</param>
/// <param name="Patients">Patients analysed.</param>
/// <param name="Events">Events among them.</param>
/// <param name="Arms">One curve per arm, arms sorted by code.</param>
/// <param name="LogRank">The test; null when it cannot be computed (see <see cref="Errors"/>).</param>
/// <param name="Excluded">Patients not analysed, with reasons.</param>
/// <param name="Warnings">Warnings from the estimators.</param>
/// <param name="Errors">Why a part could not be computed (e.g. one arm only, no events).</param>
public sealed record SurvivalByArmResult(
    string Method,
    string Endpoint,
    TimeOrigin Origin,
    int Patients,
    int Events,
    IReadOnlyList<ArmSurvivalCurve> Arms,
    LogRankSummary? LogRank,
    IReadOnlyList<ExcludedPatient> Excluded,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Errors);
