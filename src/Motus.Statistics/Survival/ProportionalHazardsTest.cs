namespace Motus.Statistics.Survival;

/// <summary>
/// Grambsch–Therneau test of proportional hazards, as survival 3.5-3's <c>cox.zph</c>: for each covariate the score
/// test (1 df) of adding x·(g(t) − ḡ) to the model at the fitted β̂, and the global test (all covariates). Large
/// χ² / small p means the hazard ratio changes with time.
/// </summary>
/// <param name="Names">Covariates tested (aliased ones are omitted), in column order.</param>
/// <param name="Terms">Test per covariate (aligned with <paramref name="Names"/>). R: <c>table</c> rows.</param>
/// <param name="Global">Joint test. R: the <c>GLOBAL</c> row.</param>
/// <param name="Transform">The time scale used (echo).</param>
/// <param name="Time">Event times of the residual rows, ordered by (stratum, time, input row). R: <c>time</c>.</param>
/// <param name="TransformedTime">g(t) for each row (not centred). R: <c>x</c>.</param>
/// <param name="ScaledResiduals">
/// Scaled Schoenfeld residuals as cox.zph scales them (per-stratum average information, plus β̂), events × tested
/// covariates, for plotting β(t); NaN where R gives NA (a covariate constant within the row's stratum). R: <c>y</c>.
/// </param>
public sealed record ProportionalHazardsTest(
    IReadOnlyList<string> Names,
    IReadOnlyList<ChiSquareTest> Terms,
    ChiSquareTest Global,
    TimeTransform Transform,
    double[] Time,
    double[] TransformedTime,
    double[,] ScaledResiduals);
