namespace Motus.Statistics.Regression;

/// <summary>Whether a group's least-squares slope could be estimated, and if not, why.</summary>
public enum SlopeStatus
{
    /// <summary>Three or more observations with time spread: slope, intercept, standard error and residual SD are all given.</summary>
    Estimated,

    /// <summary>
    /// Exactly two observations at different times: the line passes through both, so slope and intercept are given but
    /// the residual df is 0 and the standard error is not estimable (R: <c>summary(lm)</c> gives NaN).
    /// </summary>
    TwoObservations,

    /// <summary>One observation: no slope (R: <c>lm</c> reports NA for the time coefficient).</summary>
    SingleObservation,

    /// <summary>
    /// Two or more observations, all at the same time (relative spread below the rank tolerance): the time column is
    /// aliased with the intercept and the slope is not estimable (R: NA).
    /// </summary>
    NoTimeSpread,
}
