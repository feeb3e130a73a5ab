using System.Text.Json;
using Motus.Analysis.Safety;
using Motus.Analysis.Tests.Cohort;
using Motus.Domain.Safety;

namespace Motus.Analysis.Tests.Safety;

/// <summary>
/// The safety tables on <see cref="SafetyFixture"/>, every count by hand. Clopper–Pearson limits are R's
/// <c>binom.test(x, n)$conf.int</c> and Poisson limits R's <c>poisson.test(k, T)$conf.int</c> (R 4.2.2), to 1e-9.
/// </summary>
public sealed class SafetyTablesTests
{
    private const double Tol = 1e-9;
    private static readonly SafetyReport Report = SafetyTables.Build(SafetyFixture.Cohort());

    private static OverviewRow Overview(SafetyReport r, string arm, string measure) => r.Overview.Single(o => o.Arm == arm && o.Measure == measure);

    private static AeCountRow Row(IReadOnlyList<AeCountRow> rows, string arm, AeCategory? category, RelatednessClass? cls = null) =>
        rows.Single(x => x.Arm == arm && x.Category == category && x.Relatedness == cls);

    private static (int Patients, int Events)[] Grades(AeCountRow r) => r.ByGrade.Select(g => (g.Patients, g.Events)).ToArray();

    [Fact]
    public void Build_Arms_DenominatorsAndExposure()
    {
        // CELLS exposure 90 + 60 + 45 = 195 days; PLACEBO 90 days (P2 has no dose); (all) 285 days.
        Assert.Equal(["CELLS", "PLACEBO", "(none)", "(all)"], Report.Arms.Select(a => a.Arm));
        Assert.Equal([3, 2, 1, 6], Report.Arms.Select(a => a.Patients));
        Assert.Equal([3, 1, 0, 4], Report.Arms.Select(a => a.TreatedPatients));
        Assert.Equal([4, 1, 0, 5], Report.Arms.Select(a => a.Administrations));
        Assert.Equal(195 / 30.4375, Report.Arms[0].PatientMonths, 12);
        Assert.Equal(285 / 30.4375, Report.Arms[3].PatientMonths, 12);
    }

    [Fact]
    public void Build_Overview_PatientsAndEventsPerMeasure()
    {
        // CELLS: any AE C1 (e1–e3), C2 (e5), C3 (e6, e7): 3/3 patients, 6 events (e4 deleted). Serious e5, e7: 2/3, 2.
        // Grade ≥ 3 e5, e7: 2, 2. Product-related e5: 1, 1. Procedure-related e1–e3: 1 patient, 3 events. Fatal e7. Death C3.
        Assert.Equal((3, 6), (Overview(Report, "CELLS", "Any adverse event").Patients.Count, Overview(Report, "CELLS", "Any adverse event").Events));
        Assert.Equal((2, 2), (Overview(Report, "CELLS", "Serious adverse event").Patients.Count, Overview(Report, "CELLS", "Serious adverse event").Events));
        Assert.Equal((2, 2), (Overview(Report, "CELLS", "Grade 3 or higher").Patients.Count, Overview(Report, "CELLS", "Grade 3 or higher").Events));
        Assert.Equal((1, 1), (Overview(Report, "CELLS", "Related to product").Patients.Count, Overview(Report, "CELLS", "Related to product").Events));
        Assert.Equal((1, 3), (Overview(Report, "CELLS", "Related to procedure").Patients.Count, Overview(Report, "CELLS", "Related to procedure").Events));
        Assert.Equal((1, 1), (Overview(Report, "CELLS", "Fatal adverse event").Patients.Count, Overview(Report, "CELLS", "Fatal adverse event").Events));
        Assert.Equal((1, 1), (Overview(Report, "CELLS", "Death, any cause").Patients.Count, Overview(Report, "CELLS", "Death, any cause").Events));
        // PLACEBO: e8 (P1), e9 (P2): 2/2, 2; procedure-related e8: 1/2. (all): 5/6 patients, 8 events.
        Assert.Equal((2, 2), (Overview(Report, "PLACEBO", "Any adverse event").Patients.Count, Overview(Report, "PLACEBO", "Any adverse event").Events));
        Assert.Equal((1, 1), (Overview(Report, "PLACEBO", "Related to procedure").Patients.Count, Overview(Report, "PLACEBO", "Related to procedure").Events));
        Assert.Equal(0, Overview(Report, "PLACEBO", "Serious adverse event").Patients.Count);
        Assert.Equal((5, 8), (Overview(Report, "(all)", "Any adverse event").Patients.Count, Overview(Report, "(all)", "Any adverse event").Events));
        Assert.Equal(0, Overview(Report, "(none)", "Any adverse event").Patients.Count);
    }

    [Fact]
    public void Build_Overview_ClopperPearsonLimitsAsR()
    {
        // binom.test(3, 3): [0.29240177382128668, 1]; (2, 3): [0.094299324050246131, 0.991596241340387374];
        // (5, 6): [0.35876542100232522, 0.99578925548551056]; (1, 2): [0.012579117093425058, 0.987420882906574926].
        var any = Overview(Report, "CELLS", "Any adverse event").Patients;
        Near.Equal(1.0, any.Proportion, Tol, "3/3");
        Near.Equal(0.29240177382128668, any.Lower, Tol, "3/3 lower");
        Near.Equal(1.0, any.Upper, Tol, "3/3 upper");
        var serious = Overview(Report, "CELLS", "Serious adverse event").Patients;
        Near.Equal(0.094299324050246131, serious.Lower, Tol, "2/3 lower");
        Near.Equal(0.991596241340387374, serious.Upper, Tol, "2/3 upper");
        var all = Overview(Report, "(all)", "Any adverse event").Patients;
        Near.Equal(0.35876542100232522, all.Lower, Tol, "5/6 lower");
        Near.Equal(0.99578925548551056, all.Upper, Tol, "5/6 upper");
        var placebo = Overview(Report, "PLACEBO", "Related to procedure").Patients;
        Near.Equal(0.012579117093425058, placebo.Lower, Tol, "1/2 lower");
        Near.Equal(0.987420882906574926, placebo.Upper, Tol, "1/2 upper");
    }

    [Fact]
    public void Build_ByCategory_WorstGradePerPatientAndEventsPerGrade()
    {
        // CELLS, all categories: worst grades C1 2, C2 3, C3 5 → patients by grade 1–5: 0, 1, 1, 0, 1;
        // events by grade: g1 e1, e3, e6 = 3; g2 e2; g3 e5; g5 e7.
        var all = Row(Report.ByCategory, "CELLS", null);
        Assert.Equal((3, 6), (all.Patients.Count, all.Events));
        Assert.Equal([(0, 3), (1, 1), (1, 1), (0, 0), (1, 1)], Grades(all));
        // CELLS headache: C1 (g1, g2 → worst 2), C3 (g1): patients g1 1, g2 1; events g1 2 (e1, e6), g2 1.
        var headache = Row(Report.ByCategory, "CELLS", AeCategory.Headache);
        Assert.Equal((2, 3), (headache.Patients.Count, headache.Events));
        Assert.Equal([(1, 2), (1, 1), (0, 0), (0, 0), (0, 0)], Grades(headache));
        // PLACEBO, all categories: P1 worst 2 (e8); P2 only an ungraded event: a sixth "not graded" entry.
        var placebo = Row(Report.ByCategory, "PLACEBO", null);
        Assert.Equal([(0, 0), (1, 1), (0, 0), (0, 0), (0, 0), (1, 1)], Grades(placebo));
        Assert.Null(placebo.ByGrade[^1].Grade);
        // Categories: all, then those that occur in enum order (headache, back pain, fever, respiratory), for each of 4 columns.
        Assert.Equal(20, Report.ByCategory.Count);
        Assert.Equal([null, AeCategory.Headache, AeCategory.BackPain, AeCategory.Fever, AeCategory.Respiratory],
            Report.ByCategory.Where(r => r.Arm == "(all)").Select(r => r.Category));
    }

    [Fact]
    public void Build_ByRelatedness_ProductAndProcedureSeparately()
    {
        // Product, CELLS, all categories: related e5 (C2) → 1, 1; not related e1, e2, e7 (C1, C3) → 2, 3; not assessed e3, e6 → 2, 2.
        Assert.Equal((1, 1), Counts(Row(Report.ByProductRelatedness, "CELLS", null, RelatednessClass.Related)));
        Assert.Equal((2, 3), Counts(Row(Report.ByProductRelatedness, "CELLS", null, RelatednessClass.NotRelated)));
        Assert.Equal((2, 2), Counts(Row(Report.ByProductRelatedness, "CELLS", null, RelatednessClass.NotAssessed)));
        // Procedure, CELLS, related: e1, e2, e3 (all C1) → 1 patient, 3 events; C1's worst related grade is 2.
        var procedure = Row(Report.ByProcedureRelatedness, "CELLS", null, RelatednessClass.Related);
        Assert.Equal((1, 3), Counts(procedure));
        Assert.Equal([(0, 2), (1, 1), (0, 0), (0, 0), (0, 0)], Grades(procedure));
        // Headache by product relatedness: only the classes that occur for headache (not related e1, e2; not assessed e6, e9).
        Assert.Equal([RelatednessClass.NotRelated, RelatednessClass.NotAssessed],
            Report.ByProductRelatedness.Where(r => r.Arm == "(all)" && r.Category == AeCategory.Headache).Select(r => r.Relatedness));
    }

    [Fact]
    public void Build_PerAdministration_ByDoseNumberAndRoute()
    {
        // CELLS dose 1: C1a, C2a, C3a; attributed e1 (C1a, procedure), e5 (C2a, product) → any 2/3, procedure 1/3, product 1/3.
        var dose1 = Report.PerAdministration.Single(r => r.Arm == "CELLS" && r.GroupedBy == "Dose number" && r.Level == "1");
        Assert.Equal(3, dose1.Administrations);
        Assert.Equal((2, 2), (dose1.Any.Administrations.Count, dose1.Any.Events));
        Assert.Equal((1, 1), (dose1.ProcedureRelated.Administrations.Count, dose1.ProcedureRelated.Events));
        Assert.Equal((1, 1), (dose1.ProductRelated.Administrations.Count, dose1.ProductRelated.Events));
        Near.Equal(0.094299324050246131, dose1.Any.Administrations.Lower, Tol, "2/3 lower");
        // CELLS dose 2: C1b with e2 (e3 has no recorded link): 1/1, 1 event.
        var dose2 = Report.PerAdministration.Single(r => r.Arm == "CELLS" && r.GroupedBy == "Dose number" && r.Level == "2");
        Assert.Equal((1, 1, 1), (dose2.Administrations, dose2.Any.Administrations.Count, dose2.Any.Events));
        // Routes in enum order: intravenous (C2a: e5, product-related) then intrathecal (C1a, C1b, C3a: e1, e2, procedure-related).
        var routes = Report.PerAdministration.Where(r => r.Arm == "CELLS" && r.GroupedBy == "Route").ToList();
        Assert.Equal(["Intravenous", "Intrathecal"], routes.Select(r => r.Level));
        Assert.Equal((1, 1, 0), (routes[0].Administrations, routes[0].ProductRelated.Events, routes[0].ProcedureRelated.Events));
        Assert.Equal((3, 2, 2), (routes[1].Administrations, routes[1].Any.Administrations.Count, routes[1].ProcedureRelated.Events));
        // No administrations in the (none) column: no rows.
        Assert.DoesNotContain(Report.PerAdministration, r => r.Arm == "(none)");
    }

    [Fact]
    public void Build_LinkWindow_AttributesUnlinkedEventToTheLatestDose()
    {
        // With 7 days: e3 (d35) goes to C1's dose 2 (d30, 5 days before). e7 (d40) is 40 days after C3's dose: not attributed.
        var r = SafetyTables.Build(SafetyFixture.Cohort(), SafetyOptions.Default with { LinkWindowDays = 7 });

        var dose2 = r.PerAdministration.Single(x => x.Arm == "CELLS" && x.GroupedBy == "Dose number" && x.Level == "2");
        Assert.Equal((1, 2), (dose2.Any.Administrations.Count, dose2.Any.Events));
        Assert.Equal(2, dose2.ProcedureRelated.Events);
        var dose1 = r.PerAdministration.Single(x => x.Arm == "CELLS" && x.GroupedBy == "Dose number" && x.Level == "1");
        Assert.Equal(2, dose1.Any.Events);
        Assert.Contains("within 7 days before onset", r.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ExposureAdjusted_RatesPer100PatientMonthsAsR()
    {
        // CELLS: 195 days = 6.406570841889117 months; events with onset in [first dose, last contact]: e1, e2, e3, e5, e7 = 5
        // (e6 precedes the dose). 100·5/6.40657 = 78.044871794871796; poisson.test(5, 6.40657…): [25.340957435502276, 182.130696238145475].
        var cells = Report.ExposureAdjusted.Single(x => x.Arm == "CELLS" && x.Measure == "Any adverse event");
        Assert.Equal((3, 5), (cells.ExposedPatients, cells.Events));
        Near.Equal(6.406570841889117, cells.PatientMonths, Tol, "months");
        Near.Equal(78.044871794871796, cells.RatePer100PatientMonths, Tol, "rate");
        Near.Equal(25.340957435502276, cells.Lower, Tol, "lower");
        Near.Equal(182.130696238145475, cells.Upper, Tol, "upper");
        // PLACEBO: P1 only, 90 days = 2.95687885010266926 months, 1 event: 33.81944444444444, [0.85623420057980415, 188.42988412411415].
        var placebo = Report.ExposureAdjusted.Single(x => x.Arm == "PLACEBO" && x.Measure == "Any adverse event");
        Assert.Equal((1, 1), (placebo.ExposedPatients, placebo.Events));
        Near.Equal(33.81944444444444287, placebo.RatePer100PatientMonths, Tol, "placebo rate");
        Near.Equal(0.85623420057980415, placebo.Lower, Tol, "placebo lower");
        Near.Equal(188.42988412411415311, placebo.Upper, Tol, "placebo upper");
        // (all): 285 days, 6 events: 64.0789473684210549 [23.5158443300448390, 139.4728914247061482].
        var all = Report.ExposureAdjusted.Single(x => x.Arm == "(all)" && x.Measure == "Any adverse event");
        Near.Equal(64.0789473684210549, all.RatePer100PatientMonths, Tol, "all rate");
        Near.Equal(23.5158443300448390, all.Lower, Tol, "all lower");
        Near.Equal(139.4728914247061482, all.Upper, Tol, "all upper");
        // (none): no exposure → no rate.
        var none = Report.ExposureAdjusted.Single(x => x.Arm == "(none)" && x.Measure == "Any adverse event");
        Assert.Null(none.RatePer100PatientMonths);
        Assert.Equal(0, none.PatientMonths);
    }

    [Fact]
    public void Build_Listings_SeriousEventsAndDeaths()
    {
        // Serious: C2 fever (2 days after dose 1), C3 respiratory failure (40 days after dose 1); the deleted e4 is not listed.
        Assert.Equal([("C2", "Fever", 2), ("C3", "Respiratory failure", 40)],
            Report.SeriousEvents.Select(s => (s.PatientCode, s.VerbatimTerm, s.DaysSinceLastAdministration!.Value)));
        Assert.Equal(SeriousnessCriteria.Hospitalisation, Report.SeriousEvents[0].Criteria);
        Assert.Equal(Expectedness.Unexpected, Report.SeriousEvents[0].Expectedness);
        Assert.Equal(1, Report.SeriousEvents[1].LastDoseNumber);
        var death = Assert.Single(Report.Deaths);
        Assert.Equal(("C3", "CELLS", SafetyFixture.D(45), "Respiratory failure"), (death.PatientCode, death.Arm, death.Date, death.Cause));
        Assert.Equal((45, 45), (death.DaysSinceFirstAdministration!.Value, death.DaysSinceLastAdministration!.Value));
        Assert.Equal(["Respiratory failure"], death.FatalEvents);
    }

    [Fact]
    public void Build_TreatmentEmergentTreatedPopulation_DropsPreDoseEventsAndUntreatedPatients()
    {
        // Treated population: P2 and N1 leave (no dose). Treatment-emergent: e6 (d−5) leaves.
        var r = SafetyTables.Build(SafetyFixture.Cohort(), SafetyOptions.Default with { Population = SafetyPopulation.Treated, Window = AeWindow.TreatmentEmergent });

        Assert.Equal(["CELLS", "PLACEBO", "(all)"], r.Arms.Select(a => a.Arm));
        Assert.Equal([3, 1, 4], r.Arms.Select(a => a.Patients));
        Assert.Equal((3, 5), (Overview(r, "CELLS", "Any adverse event").Patients.Count, Overview(r, "CELLS", "Any adverse event").Events));
        Assert.Equal((1, 1), (Overview(r, "PLACEBO", "Any adverse event").Patients.Count, Overview(r, "PLACEBO", "Any adverse event").Events));
        Assert.Contains("treatment-emergent", r.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LinkToDeletedAdministration_WarnsAndTreatsAsUnlinked()
    {
        // Arrange: a dose recorded and deleted; an event linked to it.
        var p = TestPatient.Create("Q1", "CELLS", SafetyFixture.Day0).Dose(SafetyFixture.D(0), 1).DeleteLast().Dose(SafetyFixture.D(1), 1);
        p.Ae(SafetyFixture.Ae("Headache", AeCategory.Headache, 1, 2, 3, link: p.DoseId(0)));

        // Act
        var r = SafetyTables.Build([p.Build()]);

        // Assert
        Assert.Contains(r.Warnings, w => w.Contains("Q1", StringComparison.Ordinal) && w.Contains("deleted", StringComparison.Ordinal));
        var dose1 = r.PerAdministration.Single(x => x.Arm == "CELLS" && x.GroupedBy == "Dose number");
        Assert.Equal((1, 0), (dose1.Administrations, dose1.Any.Events));
    }

    [Fact]
    public void Build_EmptyCohort_AllColumnOnlyWithNullProportions()
    {
        var r = SafetyTables.Build([]);

        var arm = Assert.Single(r.Arms);
        Assert.Equal(("(all)", 0), (arm.Arm, arm.Patients));
        Assert.All(r.Overview, o => Assert.Null(o.Patients.Proportion));
        Assert.Null(r.ExposureAdjusted[0].RatePer100PatientMonths);
    }

    [Fact]
    public void Build_Report_SerialisesToJson()
    {
        var json = JsonSerializer.Serialize(Report);

        Assert.Contains("\"Method\":\"Safety population: all patients", json, StringComparison.Ordinal);
    }

    private static (int, int) Counts(AeCountRow r) => (r.Patients.Count, r.Events);
}
