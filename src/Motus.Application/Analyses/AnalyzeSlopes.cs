using Motus.Analysis.Common;
using Motus.Analysis.Progression;
using Motus.Application.Database;
using Motus.Domain.Assessments;

namespace Motus.Application.Analyses;

/// <summary>The slopes request.</summary>
/// <param name="Scope">Study and optional patient.</param>
/// <param name="Window">Ratings dated in this window are used (<see cref="DateWindow.All"/> for every rating).</param>
/// <param name="OnsetAnchored">Add the pseudo-visit (onset, scale maximum) to each fit (Karanevich 2018); default false.</param>
/// <param name="Scale">Scale whose ratings are used; default ALSFRS-R.</param>
public sealed record AnalyzeSlopesRequest(AnalysisScope Scope, DateWindow Window, bool OnsetAnchored = false, AlsfrsScale Scale = AlsfrsScale.AlsfrsR);

/// <summary>Per-patient least-squares ALSFRS-R slopes (<see cref="ProgressionSlope.Fit"/> or <see cref="ProgressionSlope.FitOnsetAnchored"/>) and their summary.</summary>
public sealed class AnalyzeSlopes(MotusDatabase database)
{
    /// <summary>Runs the analysis.</summary>
    public async Task<AnalysisOutput<SlopesResult>> RunAsync(AnalyzeSlopesRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        var rows = cohort.Records.Select(r => new PatientSlope(r.Patient.Code, r.Patient.ArmCode, request.OnsetAnchored
            ? ProgressionSlope.FitOnsetAnchored(r, request.Window, request.Scale)
            : ProgressionSlope.Fit(r, request.Window, request.Scale))).ToList();
        var method = rows.Count > 0 ? rows[0].Estimate.Method : "no patient in the study: no slope computed";
        var summary = SlopeSummary.Of(rows.Select(r => r.Estimate.Slope).ToList());
        return cohort.Output(request.Scope, new SlopesResult(method, request.Window.ToString(), request.OnsetAnchored, summary, rows));
    }
}
