using Motus.Analysis.Endpoints;
using Motus.Statistics.Mixed;

namespace Motus.Analysis.Cohort;

/// <summary>ALSFRS-R slopes by arm from a linear mixed model with random intercept and slope per patient.</summary>
/// <param name="Method">Model, estimation method, df, interval methods and data choices, in words.</param>
/// <param name="Origin">The clock of the time axis.</param>
/// <param name="ControlArm">The reference arm.</param>
/// <param name="Patients">Patients in the model.</param>
/// <param name="Ratings">Ratings in the model.</param>
/// <param name="Arms">Mean slope per arm (control first).</param>
/// <param name="Differences">Each other arm against the control.</param>
/// <param name="FixedEffects">The fixed-effects table (Satterthwaite t tests).</param>
/// <param name="VarianceComponents">Random intercept and slope SDs, their correlation and the residual SD; null when the fit failed.</param>
/// <param name="IsSingular">True for a boundary (singular) fit.</param>
/// <param name="Converged">Whether the optimiser converged.</param>
/// <param name="Excluded">Patients not in the model, with reasons.</param>
/// <param name="Warnings">Warnings of the fit and of the percent slowing.</param>
/// <param name="Errors">Why the model could not be fitted.</param>
public sealed record SlopeComparisonResult(
    string Method,
    TimeOrigin Origin,
    string ControlArm,
    int Patients,
    int Ratings,
    IReadOnlyList<ArmSlope> Arms,
    IReadOnlyList<SlopeDifference> Differences,
    IReadOnlyList<FixedEffect> FixedEffects,
    VarianceComponents? VarianceComponents,
    bool IsSingular,
    bool Converged,
    IReadOnlyList<ExcludedPatient> Excluded,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Errors);
