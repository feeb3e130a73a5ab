namespace Motus.Statistics.Common;

/// <summary>
/// How an iterative fit ended: whether it converged, after how many iterations, and every warning a user must see
/// (boundary fits, separation, collinearity, dropped observations). A fit never returns NaN silently: a quantity that
/// cannot be estimated is null and a warning says why.
/// </summary>
/// <param name="Converged">True when the convergence criterion was met.</param>
/// <param name="Iterations">Iterations used.</param>
/// <param name="Warnings">Messages for the user, in the order they arose.</param>
public sealed record FitDiagnostics(bool Converged, int Iterations, IReadOnlyList<string> Warnings)
{
    /// <summary>A closed-form computation: converged, no iterations, no warnings.</summary>
    public static FitDiagnostics Exact { get; } = new(true, 0, []);
}
