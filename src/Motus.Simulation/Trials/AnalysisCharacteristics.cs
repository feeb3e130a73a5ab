namespace Motus.Simulation.Trials;

/// <summary>Operating characteristics of one analysis over the simulated trials.</summary>
/// <param name="Analysis">Label, e.g. "lmm-slope (Satterthwaite)".</param>
/// <param name="Kind">The analysis.</param>
/// <param name="Method">The model and test, in words (with the R equivalent).</param>
/// <param name="Estimand">What the estimate estimates, on which scale.</param>
/// <param name="RejectionLabel">"power" when the design has an effect, "type I error" when it has none.</param>
/// <param name="Replicates">Simulated trials.</param>
/// <param name="Failed">Trials whose analysis could not be computed (counted as not rejecting; left out of the estimate summaries).</param>
/// <param name="NotConverged">Trials whose fit did not converge (kept, at the best point found).</param>
/// <param name="RejectionRate">Proportion of trials rejecting H0 (in the favourable tail when one-sided): power or type-I error.</param>
/// <param name="WrongDirectionRate">Two-sided tests: proportion rejecting in favour of the control arm; null when one-sided.</param>
/// <param name="TrueValue">The true value of the estimand (see <paramref name="TruthMethod"/>); null without an estimand.</param>
/// <param name="TrueValueStandardError">Standard error of the large trial's estimate that defines the true value (0 when exact).</param>
/// <param name="TruthMethod">How the true value was obtained.</param>
/// <param name="MeanEstimate">Mean estimate over the trials analysed.</param>
/// <param name="Bias">Mean estimate − true value (its Monte Carlo SE ignores the true value's own SE).</param>
/// <param name="EmpiricalStandardDeviation">SD of the estimates over trials.</param>
/// <param name="MeanStandardError">Mean model-based standard error (compare with the empirical SD).</param>
/// <param name="Coverage">Proportion of confidence intervals (level 1 − α two-sided, 1 − 2α one-sided) containing the true value.</param>
/// <param name="Warnings">Warnings with the number of trials they occurred in.</param>
public sealed record AnalysisCharacteristics(
    string Analysis,
    TrialAnalysisKind Kind,
    string Method,
    string Estimand,
    string RejectionLabel,
    int Replicates,
    int Failed,
    int NotConverged,
    MonteCarloValue RejectionRate,
    MonteCarloValue? WrongDirectionRate,
    double? TrueValue,
    double? TrueValueStandardError,
    string? TruthMethod,
    MonteCarloValue? MeanEstimate,
    MonteCarloValue? Bias,
    double? EmpiricalStandardDeviation,
    double? MeanStandardError,
    MonteCarloValue? Coverage,
    IReadOnlyList<string> Warnings);
