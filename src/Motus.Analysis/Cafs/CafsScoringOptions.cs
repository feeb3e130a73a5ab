namespace Motus.Analysis.Cafs;

/// <summary>The choices of the CAFS pairwise comparison; Berry et al. (2013) did not publish these details (unverified).</summary>
public sealed record CafsScoringOptions
{
    /// <summary>The defaults: last common time, undecided survival goes on to function.</summary>
    public static CafsScoringOptions Default { get; } = new();

    /// <summary>Functional values compared; default <see cref="FunctionalComparison.LastCommonTime"/>.</summary>
    public FunctionalComparison Function { get; init; } = FunctionalComparison.LastCommonTime;

    /// <summary>Pairs that survival cannot order; default <see cref="UndecidedSurvival.CompareFunction"/>.</summary>
    public UndecidedSurvival Undecided { get; init; } = UndecidedSurvival.CompareFunction;

    /// <summary>Throws <see cref="ArgumentException"/> for undefined values.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Function) || !Enum.IsDefined(Undecided))
        {
            throw new ArgumentException($"Function = {Function}, Undecided = {Undecided}: undefined value.", nameof(Function));
        }
    }

    /// <summary>The rule in words, for method strings.</summary>
    public string Describe() =>
        "pairwise: death first (the longer survivor wins; a survivor wins when followed at least until the other's death), " +
        (Undecided == UndecidedSurvival.CompareFunction ? "undecided survival goes on to function, " : "undecided survival scores 0, ") +
        (Function == FunctionalComparison.LastCommonTime
            ? "then ALSFRS-R change from baseline at the last time both were measured (carried forward), higher wins"
            : "then ALSFRS-R change from baseline at each patient's last rating, higher wins") +
        "; win +1, tie 0, loss −1";
}
