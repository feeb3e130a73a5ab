using Motus.Statistics.Common;

namespace Motus.Statistics.Regression;

/// <summary>
/// One least-squares slope per group. R: <c>lm(y ~ t)</c> in each group, or <c>coef(lme4::lmList(y ~ t | g))</c> for the
/// estimates. Compared with R at 1e-6 relative; see docs/methods/per-patient-slopes.md.
/// </summary>
/// <typeparam name="TKey">The group key type.</typeparam>
/// <param name="Groups">One entry per group in order of first appearance in the input.</param>
/// <param name="RankTolerance">The tolerance of the no-time-spread decision (lm's <c>tol</c>, default 1e-7).</param>
/// <param name="InputWasGrouped">True when each group's rows were contiguous in the input (no reordering was needed).</param>
/// <param name="Diagnostics">Closed form, with one warning per kind of group whose slope or SE is not estimable.</param>
public sealed record GroupSlopesResult<TKey>(
    IReadOnlyList<GroupSlope<TKey>> Groups,
    double RankTolerance,
    bool InputWasGrouped,
    FitDiagnostics Diagnostics)
{
    /// <summary>Number of groups with status <paramref name="status"/>.</summary>
    public int Count(SlopeStatus status)
    {
        var c = 0;
        foreach (var g in Groups)
        {
            if (g.Status == status)
            {
                c++;
            }
        }

        return c;
    }
}
