namespace Motus.Analysis.Cohort;

/// <summary>How the confidence interval of a ratio of two estimates (percent slowing) is computed.</summary>
public enum RatioIntervalMethod
{
    /// <summary>
    /// Fieller's theorem (Fieller 1954, J R Stat Soc B 16:175–185): the set of ρ with (a − ρb)² ≤ z²·Var(a − ρb). Exact
    /// for normal estimates; bounded only when the denominator is significantly non-zero (b² &gt; z²·Var(b)),
    /// otherwise unbounded and reported as such.
    /// </summary>
    Fieller = 1,

    /// <summary>Delta method: ρ ± z·√(Var(a) − 2ρCov(a, b) + ρ²Var(b)) / |b|. Symmetric; poor when b is imprecise.</summary>
    Delta = 2,
}
