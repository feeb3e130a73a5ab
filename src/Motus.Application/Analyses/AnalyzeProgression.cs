using Motus.Analysis.Common;
using Motus.Analysis.Progression;
using Motus.Application.Database;

namespace Motus.Application.Analyses;

/// <summary>The progression request: one patient, and every choice of the progression methods.</summary>
/// <param name="Scope">Study and patient (required).</param>
/// <param name="Scale">Scale of the slopes and of the pre/post comparison; default ALSFRS-R.</param>
/// <param name="OriginalAlsfrs">What ΔFS does with original-ALSFRS ratings; default refuse.</param>
/// <param name="DoseNumber">Dose number the pre/post comparison pivots on; default 1.</param>
/// <param name="PrePost">Windows and baseline handling of the pre/post comparison (its scale is set from <paramref name="Scale"/>).</param>
/// <param name="D50">D50 fit choices (window, iterations, tolerance, largest D50).</param>
public sealed record AnalyzeProgressionRequest(
    AnalysisScope Scope,
    Domain.Assessments.AlsfrsScale Scale,
    OriginalAlsfrsHandling OriginalAlsfrs,
    int DoseNumber,
    PrePostOptions PrePost,
    D50Options D50);

/// <summary>One patient's progression (<see cref="DeltaFs"/>, <see cref="ProgressionSlope"/>, <see cref="D50Model"/>, <see cref="PrePostSlopes"/>).</summary>
public sealed class AnalyzeProgression(MotusDatabase database)
{
    /// <summary>Runs the analysis; a usage error without a patient code.</summary>
    public async Task<AnalysisOutput<PatientProgression>> RunAsync(AnalyzeProgressionRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Scope.PatientCode is null)
        {
            throw new MotusException(ExitCategory.Usage, "The progression analysis is for one patient: give --patient CODE.");
        }

        if (request.DoseNumber < 1)
        {
            throw new MotusException(ExitCategory.Usage, $"--dose {request.DoseNumber}: dose numbers start at 1.");
        }

        var prePost = request.PrePost with { Scale = request.Scale };
        OptionGuard.Check(prePost.Validate);
        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        var r = cohort.OnlyPatient();
        var comparison = PrePostSlopes.CompareAtDose(r, request.DoseNumber, prePost);
        var result = new PatientProgression(
            r.Patient.Code,
            r.Patient.ArmCode,
            DeltaFs.AtEveryRating(r, request.OriginalAlsfrs),
            ProgressionSlope.Fit(r, DateWindow.All, request.Scale),
            ProgressionSlope.FitOnsetAnchored(r, DateWindow.All, request.Scale),
            OptionGuard.Check(() => D50Model.Fit(r, request.D50)),
            request.DoseNumber,
            comparison,
            comparison is null ? $"No current administration with dose number {request.DoseNumber}: no pre/post comparison." : null);
        return cohort.Output(request.Scope, result);
    }
}
