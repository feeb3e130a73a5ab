using Motus.Analysis.Evidence;
using Motus.Application.Evidence;

namespace Motus.Web.Pages.Evidence;

/// <summary>
/// The evidence library for the pages (a singleton): the data shipped with Motus, loaded once; the summaries and pooled
/// analyses built once; the claims checked once, in the background on first use, with the documented defaults of
/// <see cref="EvidenceClaimsOptions"/> (200,000 patients per claim and schedule, seed 1), so the page shows exactly
/// what <c>motus evidence claims</c> prints.
/// </summary>
public sealed class EvidenceSource
{
    private readonly Lazy<EvidenceLibrary> _library;
    private readonly Lazy<IReadOnlyList<EvidenceSummary>> _summaries;
    private readonly Lazy<IReadOnlyList<EvidencePoolResult>> _pools;
    private readonly Lazy<Task<EvidenceClaimsResult>> _claims;

    /// <summary>Creates the source; nothing is loaded until first use.</summary>
    /// <param name="clock">Clock for the loader's plausible-year rule.</param>
    public EvidenceSource(TimeProvider clock)
    {
        _library = new(() => EvidenceCatalog.Load(clock));
        _summaries = new(() => EvidenceSummaries.Build(Library));
        _pools = new(() => Outcomes.Select(o => EvidencePooling.Pool(Library, o)).Where(r => r.Studies.Count > 0 || r.Excluded.Count > 0).ToList());
        _claims = new(() => Task.Run(() => EvidenceClaims.Run(Library, ClaimsOptions)));
    }

    /// <summary>The options the claims are checked with (the documented defaults).</summary>
    public static EvidenceClaimsOptions ClaimsOptions { get; } = new();

    /// <summary>The outcomes on the pooled-analyses page: every adverse-event category, then the randomised ALSFRS-R difference.</summary>
    public static IReadOnlyList<EvidenceOutcome> Outcomes { get; } =
    [
        .. EvidenceVocabulary.AdverseEventCategories.Select(c => new EvidenceOutcome(EvidenceOutcomeKind.AdverseEvent, c)),
        new EvidenceOutcome(EvidenceOutcomeKind.Efficacy, "alsfrs-r-change-difference"),
    ];

    /// <summary>The library.</summary>
    public EvidenceLibrary Library => _library.Value;

    /// <summary>The plain-language summaries, one per cell type × route.</summary>
    public IReadOnlyList<EvidenceSummary> Summaries => _summaries.Value;

    /// <summary>The pooled analyses (default options: REML, Hartung–Knapp, logit, at least 3 studies), outcomes no study reports left out.</summary>
    public IReadOnlyList<EvidencePoolResult> Pools => _pools.Value;

    /// <summary>The claims beside their null (computed once; the first request waits for it).</summary>
    public Task<EvidenceClaimsResult> ClaimsAsync(CancellationToken ct) => _claims.Value.WaitAsync(ct);
}
