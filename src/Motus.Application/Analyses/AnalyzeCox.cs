using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Application.Database;
using Motus.Statistics.Survival;

namespace Motus.Application.Analyses;

/// <summary>The Cox request.</summary>
/// <param name="Scope">Study.</param>
/// <param name="Endpoint">The composite endpoint.</param>
/// <param name="Origin">The clock; covariates are read at the origin date.</param>
/// <param name="ControlArm">The reference arm; required, must be an arm of the study.</param>
/// <param name="Covariates">Covariate names (see <see cref="CohortCovariates.ByName"/>), in column order; may be empty.</param>
/// <param name="Options">Ties, robust variance, confidence level.</param>
public sealed record AnalyzeCoxRequest(AnalysisScope Scope, CompositeEndpointDefinition Endpoint, TimeOrigin Origin, string? ControlArm,
    IReadOnlyList<string> Covariates, CoxOptions Options);

/// <summary>Cox model of a composite endpoint with arm indicators and baseline covariates (<see cref="CoxByArm.Fit"/>).</summary>
public sealed class AnalyzeCox(MotusDatabase database)
{
    /// <summary>Runs the analysis.</summary>
    public async Task<AnalysisOutput<CoxByArmResult>> RunAsync(AnalyzeCoxRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        OptionGuard.Check(request.Endpoint.Validate);
        var covariates = CohortCovariates.Resolve(request.Covariates);
        if (!(request.Options.ConfidenceLevel > 0 && request.Options.ConfidenceLevel < 1))
        {
            throw new MotusException(ExitCategory.Usage, $"--level {request.Options.ConfidenceLevel}: must lie strictly between 0 and 1.");
        }

        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        var control = cohort.RequireArm(request.ControlArm, "--control");
        return cohort.Output(request.Scope, CoxByArm.Fit(cohort.Records, request.Endpoint, request.Origin, control, covariates, request.Options));
    }
}
