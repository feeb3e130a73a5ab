using Motus.Analysis.Cafs;
using Motus.Application.Database;

namespace Motus.Application.Analyses;

/// <summary>The CAFS request.</summary>
/// <param name="Scope">Study.</param>
/// <param name="Options">The design; its arm codes are checked against the study and replaced by the study's spelling.</param>
public sealed record AnalyzeCafsRequest(AnalysisScope Scope, CafsOptions Options);

/// <summary>CAFS scores, mean ranks and the joint-rank test between two arms (<see cref="CafsAnalysis.Analyse"/>).</summary>
public sealed class AnalyzeCafs(MotusDatabase database)
{
    /// <summary>Runs the analysis.</summary>
    public async Task<AnalysisOutput<CafsResult>> RunAsync(AnalyzeCafsRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The design is checked before loading (with stand-in arms), the arms once the study's arms are known.
        OptionGuard.Check((request.Options with { TreatedArm = "treated", ControlArm = "control" }).Validate);
        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        var options = request.Options with
        {
            TreatedArm = cohort.RequireArm(request.Options.TreatedArm, "--treated"),
            ControlArm = cohort.RequireArm(request.Options.ControlArm, "--control"),
        };
        if (string.Equals(options.TreatedArm, options.ControlArm, StringComparison.Ordinal))
        {
            throw new MotusException(ExitCategory.Usage, $"--treated and --control are both {options.TreatedArm}: CAFS compares two different arms.");
        }

        return cohort.Output(request.Scope, CafsAnalysis.Analyse(cohort.Records, options));
    }
}
