namespace Motus.Analysis.Responders;

/// <summary>
/// An observed responder count against one null rate: the exact binomial tail P(X ≥ k | n, p₀), the chance of at least
/// as many "responders" if every patient responded with the null probability. R: <c>binom.test(k, n, p0, alternative = "greater")$p.value</c>.
/// </summary>
/// <param name="Null">The null rate and its source.</param>
/// <param name="Responders">Observed responders k.</param>
/// <param name="Evaluable">Patients in the denominator n.</param>
/// <param name="PValue">P(X ≥ k) for X ~ Binomial(n, p₀).</param>
/// <param name="SameDefinition">True when the anchor's relative slope-reduction threshold equals the analysis's; otherwise the anchor is context, not a like-for-like null.</param>
public sealed record NullComparison(NaturalHistoryNull Null, int Responders, int Evaluable, double PValue, bool SameDefinition);
