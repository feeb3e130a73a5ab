using Motus.Analysis.Safety;
using Motus.Domain.Records;
using static Motus.Application.Reports.ReportFormat;

namespace Motus.Application.Reports;

/// <summary>The safety section of the study report.</summary>
internal static class StudySafetySection
{
    public static void Add(HtmlReport report, IReadOnlyList<PatientRecord> records)
    {
        var safety = SafetyTables.Build(records);
        var section = report.Section("safety", "Safety");
        section.Table("Exposure", ["Arm", "Patients", "Treated", "Administrations", "Patient-months"],
            safety.Arms.Select(a => (IReadOnlyList<string>)[a.Arm, Count(a.Patients), Count(a.TreatedPatients), Count(a.Administrations), Number(a.PatientMonths, 1)]));
        section.Table("Overview (patients with at least one, 95% Clopper–Pearson CI; events)", ["Arm", "Measure", "Patients", "%", "95% CI", "Events"],
            safety.Overview.Select(o => (IReadOnlyList<string>)[o.Arm, o.Measure, $"{o.Patients.Count}/{o.Patients.Total}", Percent(o.Patients.Proportion), Ci(o.Patients), Count(o.Events)]));
        section.Table("By category and worst CTCAE grade (patients)", ["Arm", "Category", "Patients", "%", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5", "Events"],
            safety.ByCategory.Where(r => r.Category is not null).Select(r => (IReadOnlyList<string>)
            [
                r.Arm, r.Category!.Value.ToString(), $"{r.Patients.Count}/{r.Patients.Total}", Percent(r.Patients.Proportion),
                .. Enumerable.Range(1, 5).Select(g => Count(r.ByGrade.FirstOrDefault(x => x.Grade == g)?.Patients ?? 0)), Count(r.Events),
            ]));
        section.Table("Related to the product", ["Arm", "Category", "Relatedness", "Patients", "Events"],
            safety.ByProductRelatedness.Where(r => r.Patients.Count > 0).Select(r => (IReadOnlyList<string>)[r.Arm, r.Category?.ToString() ?? "any", r.Relatedness?.ToString() ?? "any", $"{r.Patients.Count}/{r.Patients.Total}", Count(r.Events)]));
        section.Table("Related to the procedure", ["Arm", "Category", "Relatedness", "Patients", "Events"],
            safety.ByProcedureRelatedness.Where(r => r.Patients.Count > 0).Select(r => (IReadOnlyList<string>)[r.Arm, r.Category?.ToString() ?? "any", r.Relatedness?.ToString() ?? "any", $"{r.Patients.Count}/{r.Patients.Total}", Count(r.Events)]));
        section.Table("Per administration", ["Arm", "By", "Level", "Administrations", "Followed by any AE", "Procedure-related", "Product-related"],
            safety.PerAdministration.Select(r => (IReadOnlyList<string>)[r.Arm, r.GroupedBy, r.Level, Count(r.Administrations), Share(r.Any), Share(r.ProcedureRelated), Share(r.ProductRelated)]));
        section.Table("Exposure-adjusted rates", ["Arm", "Measure", "Events", "Patient-months", "Per 100 patient-months", "95% CI (exact Poisson)"],
            safety.ExposureAdjusted.Select(r => (IReadOnlyList<string>)[r.Arm, r.Measure, Count(r.Events), Number(r.PatientMonths, 1), Number(r.RatePer100PatientMonths, 2), $"{Number(r.Lower, 2)} to {Number(r.Upper, 2)}"]));
        section.Table("Serious adverse events", ["Patient", "Arm", "Term", "Grade", "Onset", "Criteria", "Related to product", "Related to procedure", "Outcome"],
            safety.SeriousEvents.Select(s => (IReadOnlyList<string>)[s.PatientCode, s.Arm, s.VerbatimTerm, Count(s.Grade), Date(s.OnsetDate), s.Criteria.ToString(), s.RelatednessToProduct.ToString(), s.RelatednessToProcedure.ToString(), s.Outcome.ToString()]));
        section.Table("Deaths", ["Patient", "Arm", "Date", "Cause", "Days since last administration"],
            safety.Deaths.Select(d => (IReadOnlyList<string>)[d.PatientCode, d.Arm, Date(d.Date), d.Cause ?? None, Count(d.DaysSinceLastAdministration)]));
        section.Method(safety.Method).Warnings(safety.Warnings);
    }

    private static string Share(AdministrationEvents e) =>
        $"{e.Administrations.Count}/{e.Administrations.Total} ({Percent(e.Administrations.Proportion)}), {e.Events} events";

    private static string Ci(Incidence i) => i.Lower is null ? None : $"{Percent(i.Lower)} to {Percent(i.Upper)}";
}
