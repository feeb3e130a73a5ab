using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>
/// The continuity correction for count data: <paramref name="Add"/> is added to every cell (events and non-events, in both
/// groups for 2×2 tables) of the studies chosen by <paramref name="To"/>. R: <c>escalc(add = …, to = …)</c>.
/// </summary>
/// <param name="Add">The increment, ≥ 0 (metafor's default 1/2).</param>
/// <param name="To">Which studies receive it (metafor's default <see cref="ZeroCellRule.OnlyZero"/>).</param>
public sealed record ZeroCellCorrection(double Add, ZeroCellRule To)
{
    /// <summary>
    /// metafor's default for PLO, PR, RR and OR: add 1/2 to all cells of studies with a zero cell
    /// (<c>add = 1/2, to = "only0"</c>).
    /// </summary>
    public static ZeroCellCorrection HalfToZeroCellStudies { get; } = new(0.5, ZeroCellRule.OnlyZero);

    /// <summary>No correction (<c>add = 0</c> or <c>to = "none"</c>); metafor's default for the Freeman–Tukey measure, which is finite at 0 and n.</summary>
    public static ZeroCellCorrection None { get; } = new(0, ZeroCellRule.None);

    /// <summary>metafor's default correction for <paramref name="measure"/>: none for Freeman–Tukey, otherwise <see cref="HalfToZeroCellStudies"/>.</summary>
    public static ZeroCellCorrection DefaultFor(EffectMeasure measure) =>
        measure == EffectMeasure.FreemanTukeyProportion ? None : HalfToZeroCellStudies;

    internal void Validate(string name)
    {
        if (!(Add >= 0) || !double.IsFinite(Add))
        {
            throw new StatisticsInputException($"{name}.Add = {Add}: the zero-cell increment must be a finite number ≥ 0.", name);
        }

        if (!Enum.IsDefined(To))
        {
            throw new StatisticsInputException($"{name}.To = {To}: unknown zero-cell rule.", name);
        }
    }

    /// <summary>Whether study cells are incremented, given whether this study and any study have a zero cell.</summary>
    internal bool Applies(bool studyHasZero, bool anyStudyHasZero) => Add > 0 && To switch
    {
        ZeroCellRule.OnlyZero => studyHasZero,
        ZeroCellRule.All => true,
        ZeroCellRule.IfAnyZero => anyStudyHasZero,
        _ => false,
    };
}
