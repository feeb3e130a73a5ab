using Motus.Analysis.Responders;
using Motus.Application.Database;

namespace Motus.Application.Analyses;

/// <summary>The responder request.</summary>
/// <param name="Scope">Study and optional patient.</param>
/// <param name="Options">The responder definition, policies and windows.</param>
public sealed record AnalyzeRespondersRequest(AnalysisScope Scope, ResponderOptions Options);

/// <summary>
/// The slope-responder rate with its exact interval and, always, every published natural-history null
/// (<see cref="ResponderAnalysis.Run"/> with <see cref="NaturalHistoryNull.Published"/>).
/// </summary>
public sealed class AnalyzeResponders(MotusDatabase database)
{
    /// <summary>Runs the analysis.</summary>
    public async Task<AnalysisOutput<RespondersResult>> RunAsync(AnalyzeRespondersRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        OptionGuard.Check(request.Options.Validate);
        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        var rate = ResponderAnalysis.Run(cohort.Records, request.Options, NaturalHistoryNull.Published);
        return cohort.Output(request.Scope, new RespondersResult(rate, NaturalHistoryNull.Published));
    }
}
