using Motus.Analysis.Common;

namespace Motus.Analysis.Progression;

/// <summary>Choices of a D50 fit. Every member has a documented default.</summary>
public sealed record D50Options
{
    /// <summary>Ratings dated in this window are fitted. Default <see cref="DateWindow.All"/> (the model is fitted to all ALSFRS-R values).</summary>
    public DateWindow Window { get; init; } = DateWindow.All;

    /// <summary>Maximum Levenberg–Marquardt iterations per start. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>
    /// Convergence: the fit stops when every parameter step is below this fraction of the parameter (plus the same
    /// absolute amount) or the relative offset (R's <c>nls</c> criterion) is below it. Default 1e-10.
    /// </summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>
    /// A fit whose D50 exceeds this many months is reported as not estimable: the data show too little decline for the
    /// sigmoid to place its midpoint (D50 then runs off to infinity). Default 600 months (50 years).
    /// </summary>
    public double MaxD50Months { get; init; } = 600;
}
