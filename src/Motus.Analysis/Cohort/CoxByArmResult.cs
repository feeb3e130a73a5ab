using Motus.Analysis.Endpoints;
using Motus.Statistics.Survival;

namespace Motus.Analysis.Cohort;

/// <summary>A Cox model of a composite endpoint with arm and baseline covariates.</summary>
/// <param name="Method">The method and every choice (ties, variance, covariates, complete cases), in words.</param>
/// <param name="Endpoint">The endpoint definition in words.</param>
/// <param name="Origin">The clock.</param>
/// <param name="ControlArm">The reference arm of the arm terms.</param>
/// <param name="Patients">Patients in the model (complete cases).</param>
/// <param name="Events">Events among them.</param>
/// <param name="Terms">Hazard ratios: the arm terms first, then the covariates in the order given; empty when the fit failed.</param>
/// <param name="LikelihoodRatio">Likelihood-ratio test of all terms; null when the fit failed.</param>
/// <param name="Wald">Wald test of all terms; null when the fit failed.</param>
/// <param name="Score">Score (log-rank) test of all terms; null when the fit failed.</param>
/// <param name="Concordance">Harrell's C; null when undefined or when the fit failed.</param>
/// <param name="ProportionalHazards">Grambsch–Therneau test (KM time scale), global; null when not computed.</param>
/// <param name="Converged">Whether Newton–Raphson converged.</param>
/// <param name="Excluded">Patients not in the model, with reasons (including missing covariates).</param>
/// <param name="Warnings">Warnings from the fit (aliasing, infinite coefficients, …).</param>
/// <param name="Errors">Why the model could not be fitted.</param>
public sealed record CoxByArmResult(
    string Method,
    string Endpoint,
    TimeOrigin Origin,
    string ControlArm,
    int Patients,
    int Events,
    IReadOnlyList<HazardRatioRow> Terms,
    ChiSquareTest? LikelihoodRatio,
    ChiSquareTest? Wald,
    ChiSquareTest? Score,
    double? Concordance,
    ChiSquareTest? ProportionalHazards,
    bool Converged,
    IReadOnlyList<ExcludedPatient> Excluded,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Errors);
