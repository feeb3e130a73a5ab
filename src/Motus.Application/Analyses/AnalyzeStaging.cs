using Motus.Analysis.Staging;
using Motus.Application.Database;

namespace Motus.Application.Analyses;

/// <summary>The staging request: whom, and the staging choices.</summary>
/// <param name="Scope">Study and optional patient.</param>
/// <param name="Options">Staging choices (stage-0 recoding).</param>
public sealed record AnalyzeStagingRequest(AnalysisScope Scope, StagingOptions Options);

/// <summary>King's and MiToS stages at every rating, and the time spent in each, per patient (<see cref="StagingTimeline"/>).</summary>
public sealed class AnalyzeStaging(MotusDatabase database)
{
    /// <summary>Runs the analysis: one timeline per patient, in code order.</summary>
    public async Task<AnalysisOutput<IReadOnlyList<StagingTimelineResult>>> RunAsync(AnalyzeStagingRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        IReadOnlyList<StagingTimelineResult> timelines = cohort.Records.Select(r => StagingTimeline.Build(r, request.Options)).ToList();
        return cohort.Output(request.Scope, timelines);
    }
}
