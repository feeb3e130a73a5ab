using Motus.Analysis.Safety;
using Motus.Application.Database;

namespace Motus.Application.Analyses;

/// <summary>The safety request.</summary>
/// <param name="Scope">Study and optional patient.</param>
/// <param name="Options">Population, event window, attribution and level.</param>
public sealed record AnalyzeSafetyRequest(AnalysisScope Scope, SafetyOptions Options);

/// <summary>The safety tables of a study by arm (<see cref="SafetyTables.Build"/>).</summary>
public sealed class AnalyzeSafety(MotusDatabase database)
{
    /// <summary>Runs the analysis.</summary>
    public async Task<AnalysisOutput<SafetyReport>> RunAsync(AnalyzeSafetyRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        OptionGuard.Check(request.Options.Validate);
        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        return cohort.Output(request.Scope, SafetyTables.Build(cohort.Records, request.Options));
    }
}
