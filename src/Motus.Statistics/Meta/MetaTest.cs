namespace Motus.Statistics.Meta;

/// <summary>How the pooled estimate is tested and its confidence interval formed. R: <c>metafor::rma(test = …)</c>.</summary>
public enum MetaTest
{
    /// <summary>Wald z: SE = 1/√Σw*, normal quantiles. R: <c>test = "z"</c> (metafor's default).</summary>
    Z,

    /// <summary>
    /// Hartung–Knapp / Sidik–Jonkman: SE² = q/Σw* with q = Σw*(y − μ̂)²/(k − 1), t distribution with k − 1 df
    /// (Hartung &amp; Knapp 2001, Stat Med; Sidik &amp; Jonkman 2002, Stat Med). q is not truncated, so the interval can
    /// be narrower than the z interval when q &lt; 1. R: <c>test = "knha"</c>.
    /// </summary>
    KnappHartung,

    /// <summary>
    /// Modified Hartung–Knapp: as <see cref="KnappHartung"/> with q* = max(1, q), so the interval is never narrower than
    /// the z interval's variance (Röver, Knapp &amp; Friede 2015, BMC Med Res Methodol; Knapp &amp; Hartung 2003).
    /// R: <c>test = "adhoc"</c> in metafor 3.8.
    /// </summary>
    ModifiedKnappHartung,
}
