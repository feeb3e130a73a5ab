namespace Motus.Statistics.Design;

/// <summary>Whether a design's test is one-sided (level α in one tail) or two-sided (α split over both tails).</summary>
public enum Sidedness
{
    /// <summary>One-sided test at level α: critical value z_{1−α}. R: <c>alternative = "one.sided"</c>, rpact <c>sided = 1</c>.</summary>
    OneSided,

    /// <summary>Two-sided test at level α: critical value z_{1−α/2}. R: <c>alternative = "two.sided"</c>, rpact <c>sided = 2</c>.</summary>
    TwoSided,
}
