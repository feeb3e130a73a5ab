using System.Globalization;
using Motus.Analysis.Evidence;
using Motus.Application.Claims;
using Motus.Simulation.Claims;
using Motus.Statistics.Exact;

namespace Motus.Application.Evidence;

/// <summary>
/// The library's single-arm claims beside their natural-history null (issue 7 item 4). A claim is checked when the data
/// gives n, the responder count and a relative ALSFRS-R slope threshold; it is then run through
/// <see cref="CheckClaim"/> under each stated schedule (the claim's own n and threshold; documented default visit
/// times, since the data gives windows only as words) with a fixed seed and replicate count. Every other claim is
/// listed with what the null would need. Randomised results from the library are returned beside them.
/// </summary>
public static class EvidenceClaims
{
    /// <summary>The measure the null model simulates.</summary>
    public const string SlopeMeasure = "alsfrs-r-slope";

    /// <summary>Checks every claim in <paramref name="library"/>.</summary>
    /// <param name="library">The evidence library.</param>
    /// <param name="options">Replicates, seed, schedules and grid; null for the documented defaults.</param>
    /// <param name="threads">Maximum threads (null: all cores); never changes the result.</param>
    /// <param name="ct">Cancellation.</param>
    public static EvidenceClaimsResult Run(EvidenceLibrary library, EvidenceClaimsOptions? options = null, int? threads = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(library);
        options ??= new EvidenceClaimsOptions();
        if (options.Windows.Count == 0)
        {
            throw new MotusException(ExitCategory.Usage, "At least one visit schedule is needed to check a claim.");
        }

        var checkedClaims = new List<CheckedClaim>();
        var uncheckedClaims = new List<UncheckedClaim>();
        foreach (var study in library.Studies)
        {
            foreach (var claim in study.Claims)
            {
                var missing = Missing(claim);
                if (missing.Count > 0)
                {
                    uncheckedClaims.Add(new UncheckedClaim(claim, study.Id, study.Label, missing));
                    continue;
                }

                checkedClaims.Add(Check(study, claim, options, threads, ct));
            }
        }

        return new EvidenceClaimsResult(checkedClaims, uncheckedClaims, RandomisedResults(library), options, Method(options), Caveats);
    }

    /// <summary>The claim-check request for <paramref name="claim"/> under <paramref name="window"/>: what <c>motus claim check</c> would be given.</summary>
    /// <param name="claim">A checkable claim (n, responders and a relative slope threshold present).</param>
    /// <param name="window">The visit schedule.</param>
    /// <param name="options">Replicates, seed, grid.</param>
    public static ClaimCheckRequest Request(ResponderClaim claim, ClaimWindowScenario window, EvidenceClaimsOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(options);
        if (Missing(claim).Count > 0)
        {
            throw new ArgumentException($"claim {claim.Id} cannot be checked: {string.Join("; ", Missing(claim))}", nameof(claim));
        }

        return new ClaimCheckRequest
        {
            Patients = claim.N!.Value,
            Responders = claim.Responders!.Value,
            Criterion = ResponderCriterion.RelativeSlowing,
            Threshold = claim.RelativeSlopeImprovement!.Value,
            PreTimes = window.PreTimes,
            PostTimes = window.PostTimes,
            Replicates = options.Replicates,
            Studies = options.Studies,
            Seed = options.Seed,
            GridResidualSds = options.GridResidualSds,
            GridSlopeSds = options.GridSlopeSds,
        };
    }

    /// <summary>What the null needs that <paramref name="claim"/> lacks; empty when it can be checked.</summary>
    /// <param name="claim">The claim.</param>
    public static IReadOnlyList<string> Missing(ResponderClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var missing = new List<string>();
        if (claim.Measure != SlopeMeasure)
        {
            missing.Add($"a change in the ALSFRS-R slope (the claim measures {claim.Measure}; the null model simulates ALSFRS-R slopes only)");
        }

        if (claim.N is null)
        {
            missing.Add("the number of patients evaluated (n)");
        }

        if (claim.Responders is null)
        {
            missing.Add(claim.Percent is { } p ? $"the responder count (only {p.ToString("0.#", CultureInfo.InvariantCulture)}% was printed)" : "the responder count");
        }

        if (claim.RelativeSlopeImprovement is null && claim.Measure == SlopeMeasure)
        {
            missing.Add($"a relative slope threshold (the claim's threshold: {claim.ThresholdText})");
        }

        return missing;
    }

    private static CheckedClaim Check(EvidenceStudy study, ResponderClaim claim, EvidenceClaimsOptions options, int? threads, CancellationToken ct)
    {
        var scenarios = options.Windows.Select(w =>
        {
            var request = Request(claim, w, options);
            return new ClaimScenarioResult(w, request, CheckClaim.Run(request, threads, null, ct));
        }).ToList();
        var observed = ExactBinomial.ClopperPearson(claim.Responders!.Value, claim.N!.Value);
        var assumed = new List<string>
        {
            $"Visit times: the data gives none (lead-in: {claim.PreWindow ?? "not stated"}; follow-up: {claim.PostWindow ?? "not stated"}), so the claim is shown under each default schedule: "
                + string.Join("; ", options.Windows.Select(w => w.Name)) + ".",
            $"Threshold: \"{claim.ThresholdText}\" read as a relative slowing of at least {claim.RelativeSlopeImprovement!.Value.ToString("0.##", CultureInfo.InvariantCulture)} among patients whose lead-in slope is negative (with continuous scores > and ≥ give the same rate).",
            "Entry rule: none (the claim states none); the treatment visit belongs to both windows (the claim check's default).",
            "Null model: the claim check's defaults, mean slope −1 point/month, σ1 = 0.6 points/month, σe = 1.6 points (unverified); the sensitivity range covers "
                + $"σe {Range(options.GridResidualSds)} × σ1 {Range(options.GridSlopeSds)}.",
        };
        return new CheckedClaim(claim, study.Id, study.Label, study.CellType.Value?.Code, study.Route.Value?.Code, observed, assumed, scenarios);
    }

    private static List<RandomisedEvidence> RandomisedResults(EvidenceLibrary library) =>
        library.Studies.Where(s => s.IsRandomised)
            .SelectMany(s => s.Efficacy.Where(e => e.Comparison == "randomised")
                .Select(e => new RandomisedEvidence(s.Id, s.Label, s.CellType.Value?.Code, s.Route.Value?.Code, RandomisedText.Of(e), e)))
            .ToList();

    private static string Range(IReadOnlyList<double> values) => values.Count == 0 ? "(none: no grid)"
        : $"{values.Min().ToString("0.0##", CultureInfo.InvariantCulture)}–{values.Max().ToString("0.0##", CultureInfo.InvariantCulture)}";

    private static string Method(EvidenceClaimsOptions o) =>
        "Claim check (trial-methods §3.4; docs/methods/claim-check.md) for each single-arm claim with n, responders and a relative ALSFRS-R slope threshold: "
        + $"{o.Replicates:N0} simulated untreated patients per claim and schedule, seed {o.Seed}, "
        + (o.Studies > 0 ? $"{o.Studies:N0} simulated studies, " : "no whole-study simulation, ")
        + "P(X ≥ claimed) by exact binomial at the simulated null rate; visit schedules are stated defaults because the data gives none.";

    private static readonly IReadOnlyList<string> Caveats =
    [
        "The null rate is what natural history alone gives under a simple model (straight-line decline, normal noise, no dropout or death); real patients plateau, curve and drop out, which the model leaves out.",
        "The assessment noise σe is unverified; the sensitivity range shows how far the figures move across plausible values.",
        "A small P(X ≥ claimed) under this null does not show that the cells work: selection, unblinded rating, concomitant care and informative dropout are not in the model. Only a randomised comparison answers that.",
    ];
}
