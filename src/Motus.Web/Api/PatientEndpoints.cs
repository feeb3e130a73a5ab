using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Motus.Application.Patients;
using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Safety;
using Motus.Web.Queries;
using Motus.Web.Security;

namespace Motus.Web.Api;

/// <summary>Read endpoints for patients and their records. Write endpoints arrive with the entry forms (same validation, audit and reason for change).</summary>
public static class PatientEndpoints
{
    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/patients", ListAsync).WithName("ListPatients").WithSummary("Patients at the caller's sites, filtered and paged");
        api.MapGet("/studies/{study}/patients/{code}", GetAsync).RequireAuthorization(Policies.ReadRecords).ProducesProblem(StatusCodes.Status404NotFound).WithName("GetPatient").WithSummary("One patient's facts");
        var patient = api.MapGroup("/studies/{study}/patients/{code}").RequireAuthorization(Policies.ReadRecords).ProducesProblem(StatusCodes.Status404NotFound);
        patient.MapGet("/assessments", (string study, string code, CurrentAccess access, PatientQueries q, CancellationToken ct) =>
            Records(study, code, access, q, r => new AssessmentsDto(Map(r.Alsfrs), Map(r.VitalCapacity), Map(r.Strength), [.. r.Alsaq.Select(AlsaqDto.From)]), ct)).WithName("ListAssessments");
        patient.MapGet("/administrations", (string study, string code, CurrentAccess access, PatientQueries q, CancellationToken ct) =>
            Records(study, code, access, q, r => Map(r.Administrations), ct)).WithName("ListAdministrations");
        patient.MapGet("/adverse-events", (string study, string code, CurrentAccess access, PatientQueries q, CancellationToken ct) =>
            Records(study, code, access, q, r => Map(r.AdverseEvents), ct)).WithName("ListAdverseEvents");
        patient.MapGet("/events", (string study, string code, CurrentAccess access, PatientQueries q, CancellationToken ct) =>
            Records(study, code, access, q, r => Map(r.Events), ct)).WithName("ListEvents");
    }

    private static async Task<Ok<PatientPage>> ListAsync(CurrentAccess access, PatientDirectory directory, CancellationToken ct,
        string? study = null, string? site = null, string? arm = null, string? status = null, string? search = null,
        int page = 1, int pageSize = 50, [Description(PatientStages.Description + ": 0, 1, 2, 3, 4A, 4B, 5 or 'not determined'")] string? stage = null)
    {
        var scope = await access.GetAsync(ct);
        return TypedResults.Ok((await directory.CurrentAsync(ct)).Page(new ListPatientsRequest(study, site, arm, search, status, stage), scope, page, pageSize));
    }

    private static async Task<Results<Ok<PatientDto>, ProblemHttpResult>> GetAsync(string study, string code, CurrentAccess access, PatientQueries q, CancellationToken ct)
    {
        var view = await q.FindAsync(await access.GetAsync(ct), study, code, withHistory: false, ct);
        if (view is null)
        {
            return NotFound(study, code);
        }

        var p = view.Record.Patient;
        return TypedResults.Ok(new PatientDto(p.Code, study, view.Site, p.ArmCode, p.Sex, p.YearOfBirth, p.OnsetRegion, p.OnsetDate, p.DiagnosisDate, p.EnrolmentDate, p.WithdrawalDate, p.IsDeleted));
    }

    private static async Task<Results<Ok<T>, ProblemHttpResult>> Records<T>(string study, string code, CurrentAccess access, PatientQueries q,
        Func<Domain.Records.PatientRecord, T> select, CancellationToken ct)
    {
        var view = await q.FindAsync(await access.GetAsync(ct), study, code, withHistory: false, ct);
        return view is null ? NotFound(study, code) : TypedResults.Ok(select(view.Record));
    }

    private static ProblemHttpResult NotFound(string study, string code) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No patient {code} in study {study} at your sites.");

    private static List<RecordDto<T>> Map<T>(IEnumerable<ClinicalRecord<T>> records) where T : class, IRecordDetails =>
        records.Select(r => new RecordDto<T>(r.Id, r.IsDeleted, r.Details)).ToList();
}
