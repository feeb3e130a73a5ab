namespace Motus.Analysis.Cafs;

/// <summary>Which functional values two patients are compared on when survival does not decide the pair.</summary>
public enum FunctionalComparison
{
    /// <summary>
    /// Change from baseline at the last time both were measured: t* = the earlier of the two last-observation times,
    /// each patient's change read at or before t* (last observation carried forward). Compares like with like over the
    /// shared follow-up, in the spirit of Finkelstein &amp; Schoenfeld (1999).
    /// </summary>
    LastCommonTime = 1,

    /// <summary>
    /// Each patient's change at his or her own last observation. Simpler, but a patient who stops early is compared on
    /// a short, small change and is favoured (the weakness ALS/SURV addresses).
    /// </summary>
    LastObservation = 2,
}
