namespace Motus.Analysis.Cafs;

/// <summary>What happens to a pair whose survival comparison is undecided: equal death times, or one patient censored before the other's death.</summary>
public enum UndecidedSurvival
{
    /// <summary>
    /// Go on to the functional comparison, as a hierarchical (generalised pairwise) comparison does when the first
    /// criterion is uninformative.
    /// </summary>
    CompareFunction = 1,

    /// <summary>Score the pair as a tie (0), as the pseudo-code of trial-methods.md §1.2 does ([U]).</summary>
    Tie = 2,
}
