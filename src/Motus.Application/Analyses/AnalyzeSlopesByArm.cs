using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Application.Database;

namespace Motus.Application.Analyses;

/// <summary>The mixed-model slope comparison request.</summary>
/// <param name="Scope">Study.</param>
/// <param name="Origin">Time zero of the months axis.</param>
/// <param name="ControlArm">The reference arm; required, must be an arm of the study.</param>
/// <param name="Options">REML/ML, ratio interval, level, data window.</param>
public sealed record AnalyzeSlopesByArmRequest(AnalysisScope Scope, TimeOrigin Origin, string? ControlArm, SlopeComparisonOptions Options);

/// <summary>ALSFRS-R slopes by arm from a linear mixed model with percent slowing (<see cref="SlopesByArm.Fit"/>).</summary>
public sealed class AnalyzeSlopesByArm(MotusDatabase database)
{
    /// <summary>Runs the analysis.</summary>
    public async Task<AnalysisOutput<SlopeComparisonResult>> RunAsync(AnalyzeSlopesByArmRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        OptionGuard.Check(request.Options.Validate);
        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        var control = cohort.RequireArm(request.ControlArm, "--control");
        return cohort.Output(request.Scope, SlopesByArm.Fit(cohort.Records, request.Origin, control, request.Options));
    }
}
