using Motus.Analysis.Responders;

namespace Motus.Application.Analyses;

/// <summary>
/// The responder rate and the published natural-history nulls it must be read against. The nulls are listed even when
/// no patient is evaluable (the rate then has no tail probabilities): a responder rate is never shown without them.
/// </summary>
/// <param name="Rate">The rate, its interval, the classification of every patient and the tail probability under each null.</param>
/// <param name="NaturalHistoryNulls">Every published anchor: rate, definition, source and caveat.</param>
public sealed record RespondersResult(ResponderRateResult Rate, IReadOnlyList<NaturalHistoryNull> NaturalHistoryNulls);
