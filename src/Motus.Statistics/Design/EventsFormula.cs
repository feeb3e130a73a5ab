namespace Motus.Statistics.Design;

/// <summary>Approximation used for the number of events needed by a log-rank test.</summary>
public enum EventsFormula
{
    /// <summary>
    /// Schoenfeld (1981, Biometrika 68:316–319; 1983, Biometrics 39:499–503): D = (z_α + z_β)²·(1+k)²/(k·(ln HR)²).
    /// rpact <c>typeOfComputation = "Schoenfeld"</c> (its default).
    /// </summary>
    Schoenfeld,

    /// <summary>
    /// Freedman (1982, Stat Med 1:121–129): D = (z_α + z_β)²·(1 + k·HR)²/(k·(1 − HR)²). rpact <c>typeOfComputation = "Freedman"</c>.
    /// </summary>
    Freedman,
}
