using Motus.Analysis.Endpoints;
using Motus.Application.Database;

namespace Motus.Application.Analyses;

/// <summary>The endpoints request.</summary>
/// <param name="Scope">Study and optional patient.</param>
/// <param name="Endpoint">The composite endpoint.</param>
/// <param name="Origin">The clock.</param>
public sealed record AnalyzeEndpointsRequest(AnalysisScope Scope, CompositeEndpointDefinition Endpoint, TimeOrigin Origin);

/// <summary>Time to a composite endpoint for every patient (<see cref="CompositeEndpoint.DeriveAll"/>).</summary>
public sealed class AnalyzeEndpoints(MotusDatabase database)
{
    /// <summary>Runs the derivation.</summary>
    public async Task<AnalysisOutput<EndpointDerivation>> RunAsync(AnalyzeEndpointsRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        OptionGuard.Check(request.Endpoint.Validate);
        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        return cohort.Output(request.Scope, CompositeEndpoint.DeriveAll(cohort.Records, request.Endpoint, request.Origin));
    }
}
