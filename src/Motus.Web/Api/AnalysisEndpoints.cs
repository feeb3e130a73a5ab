using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Application.Reports;
using Motus.Domain.Records;
using Motus.Web.Security;

namespace Motus.Web.Api;

/// <summary>Study analyses over the patients at the caller's sites; each result names its method.</summary>
public static class AnalysisEndpoints
{
    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var analyses = api.MapGroup("/studies/{study}/analyses").RequireAuthorization(Policies.Analyse).ProducesProblem(StatusCodes.Status404NotFound);
        analyses.MapGet("/survival", SurvivalAsync).WithName("AnalyseSurvival")
            .WithSummary("Kaplan–Meier by arm with the log-rank test, composite endpoint death/tracheostomy/permanent ventilation");
        analyses.MapGet("/slopes", SlopesAsync).WithName("AnalyseSlopes")
            .WithSummary("ALSFRS-R slopes by arm from a linear mixed model (REML) with percent slowing against the control arm");
    }

    private static async Task<Results<Ok<SurvivalByArmResult>, ProblemHttpResult>> SurvivalAsync(string study, CurrentAccess access, MotusDatabase database,
        CancellationToken ct, TimeOrigin? origin = null)
    {
        var cohort = await LoadAsync(await access.GetAsync(ct), database, study, ct);
        if (cohort is null)
        {
            return NotFound(study);
        }

        var (chosen, _) = StudyReportBuilder.ChooseOrigin(cohort, origin);
        return TypedResults.Ok(SurvivalByArm.Analyse(cohort, CompositeEndpointDefinition.DeathTracheostomyPav, chosen, SurvivalByArmOptions.Default));
    }

    private static async Task<Results<Ok<SlopeComparisonResult>, ProblemHttpResult>> SlopesAsync(string study, CurrentAccess access, MotusDatabase database,
        CancellationToken ct, string? control = null, TimeOrigin? origin = null)
    {
        var cohort = await LoadAsync(await access.GetAsync(ct), database, study, ct);
        if (cohort is null)
        {
            return NotFound(study);
        }

        var arms = cohort.Select(r => r.Patient.ArmCode ?? "(none)").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (controlArm, _) = StudyReportBuilder.ChooseControl(arms, control);
        var (chosen, _) = StudyReportBuilder.ChooseOrigin(cohort, origin);
        return TypedResults.Ok(SlopesByArm.Fit(cohort, chosen, controlArm, SlopeComparisonOptions.Default));
    }

    /// <summary>The current records of the study's visible patients, or null when the study is unknown or none of its sites is visible.</summary>
    private static async Task<List<PatientRecord>?> LoadAsync(AccessScope access, MotusDatabase database, string protocolId, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var study = await PatientRecords.FindStudyAsync(db, protocolId, ct);
        var visible = access.Sites.ToList();
        if (study is null || (!access.AllSites && !await db.Sites.AnyAsync(s => s.StudyId == study.Id && visible.Contains(s.Id), ct)))
        {
            return null;
        }

        return await PatientRecords.LoadAsync(db, access.Patients(db.Patients).Where(p => p.StudyId == study.Id), ct: ct);
    }

    private static ProblemHttpResult NotFound(string study) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No study {study} with a site of yours.");
}
