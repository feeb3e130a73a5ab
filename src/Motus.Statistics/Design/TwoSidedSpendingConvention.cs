namespace Motus.Statistics.Design;

/// <summary>
/// How a two-sided symmetric design at total level α spends alpha. The conventions coincide for the Pocock-type function
/// (linear in α) and differ for the O'Brien–Fleming type.
/// </summary>
public enum TwoSidedSpendingConvention
{
    /// <summary>
    /// Each side spends α(t; α/2), the one-sided function at half the level; the boundaries equal the one-sided design at
    /// α/2 up to paths crossing both boundaries (negligible). Total spent = 2·α(t; α/2). rpact (<c>sided = 2</c>) and
    /// gsDesign (<c>test.type = 2</c>) do this.
    /// </summary>
    HalfAlphaPerSide,

    /// <summary>
    /// The spending function is applied to the total two-sided level, α(t; α), split equally between the sides: Lan &amp;
    /// DeMets' original (1983) two-sided formulation, e.g. 2 − 2Φ(z_{1−α/2}/√t) in total.
    /// </summary>
    TotalAlpha,
}
