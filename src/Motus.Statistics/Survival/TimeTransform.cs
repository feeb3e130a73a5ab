namespace Motus.Statistics.Survival;

/// <summary>The time scale g(t) of the proportional-hazards test. R: <c>cox.zph(transform = …)</c>.</summary>
public enum TimeTransform
{
    /// <summary>g(t) = 1 − S(t−), S the Kaplan–Meier of all rows (no strata, unweighted). R: <c>"km"</c> (the default).</summary>
    KaplanMeier,

    /// <summary>g(t) = rank of t among all exit times (ties averaged). R: <c>"rank"</c>.</summary>
    Rank,

    /// <summary>g(t) = t. R: <c>"identity"</c>.</summary>
    Identity,
}
