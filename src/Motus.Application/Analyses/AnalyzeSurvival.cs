using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Application.Database;

namespace Motus.Application.Analyses;

/// <summary>The survival request.</summary>
/// <param name="Scope">Study (a patient filter is allowed but leaves one curve).</param>
/// <param name="Endpoint">The composite endpoint.</param>
/// <param name="Origin">The clock.</param>
/// <param name="Options">Confidence scale and level, G-rho exponent.</param>
public sealed record AnalyzeSurvivalRequest(AnalysisScope Scope, CompositeEndpointDefinition Endpoint, TimeOrigin Origin, SurvivalByArmOptions Options);

/// <summary>Kaplan–Meier curves of a composite endpoint by arm with the log-rank test (<see cref="SurvivalByArm.Analyse"/>).</summary>
public sealed class AnalyzeSurvival(MotusDatabase database)
{
    /// <summary>Runs the analysis.</summary>
    public async Task<AnalysisOutput<SurvivalByArmResult>> RunAsync(AnalyzeSurvivalRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        OptionGuard.Check(request.Endpoint.Validate);
        if (!(request.Options.ConfidenceLevel > 0 && request.Options.ConfidenceLevel < 1))
        {
            throw new MotusException(ExitCategory.Usage, $"--level {request.Options.ConfidenceLevel}: must lie strictly between 0 and 1.");
        }

        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        return cohort.Output(request.Scope, SurvivalByArm.Analyse(cohort.Records, request.Endpoint, request.Origin, request.Options));
    }
}
