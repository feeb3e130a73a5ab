using Motus.Analysis.Cafs;
using Motus.Analysis.Cohort;
using Motus.Analysis.Common;
using Motus.Analysis.Endpoints;
using Motus.Analysis.Progression;
using Motus.Analysis.Responders;
using Motus.Application.Analyses;
using Motus.Statistics.Survival;
using Motus.Testing;

namespace Motus.Application.Tests.Analyses;

/// <summary>
/// The use cases on <see cref="SeededStudy"/>, checked against values computed here by hand from the seeded facts.
/// Tolerance 1e-12 (the same arithmetic in another order).
/// </summary>
public sealed class SeededAnalysesTests : IAsyncLifetime
{
    private const int Digits = 12;
    private static readonly AnalysisScope P001 = new(null, "P001");
    private TempDatabase _t = null!;

    public async Task InitializeAsync() => _t = await SeededStudy.CreateAsync();

    public async Task DisposeAsync() => await _t.DisposeAsync();

    [Fact]
    public async Task Prognosis_CompleteInputs_LinearPredictorsEqualHandComputedFormula()
    {
        var output = await new AnalyzePrognosis(_t.Database).RunAsync(new AnalyzePrognosisRequest(P001));

        // P001: onset 2024-03-01, diagnosis 2025-01-15 (ALSFRS-R 36 and FVC 85% that day), born 1962 (1 July assumed),
        // upper-limb onset, El Escorial probable, no FTD, no C9orf72. Coefficients from docs/methods/encals.md.
        var onset = new DateOnly(2024, 3, 1);
        var months = (new DateOnly(2025, 1, 15).DayNumber - onset.DayNumber) / 30.4375;
        var dfs = (48 - 36) / months;
        var age = (onset.DayNumber - new DateOnly(1962, 7, 1).DayNumber) / 365.25;
        double F(double b1, double b2, double b3, double b4) =>
            (b1 * Math.Pow(dfs + 0.1, -0.5)) + (b2 * (Math.Pow(months / 10, -0.5) + Math.Log(months / 10))) + (b3 * Math.Pow(age / 100, -2))
            + (b4 * ((1 / 0.85) + Math.Pow(0.85, -0.5)));
        var row = Assert.Single(output.Result.Patients);
        Assert.Empty(row.Encals.Errors);
        Assert.Equal(F(-1.837, -2.373, -0.267, 0.477), row.Encals.Prediction!.LinearPredictor.Value, Digits);
        Assert.Equal(F(-1.839, -2.376, -0.264, 0.474), row.Tricals!.LinearPredictor.Value, Digits);
        Assert.Empty(row.TricalsErrors);
        Assert.Equal(dfs, row.Encals.Inputs.Predictors!.DeltaFs, Digits);
        Assert.Contains("UNVERIFIED", output.Result.Caveat, StringComparison.Ordinal);
        Assert.Equal("MOTUS-001", output.Study);
        Assert.False(output.DatesShifted);
    }

    [Fact]
    public async Task Responders_LinearCourse_ReductionEqualsHandComputedAndNullsListed()
    {
        var output = await new AnalyzeResponders(_t.Database).RunAsync(new AnalyzeRespondersRequest(new AnalysisScope(), new ResponderOptions()));

        // Lead-in: −2 points per 45 days; post (sharing the dose-day rating): −1 point per 60 days.
        var pre = -2 * 30.4375 / 45;
        var post = -1 * 30.4375 / 60;
        var rate = output.Result.Rate;
        var patient = Assert.Single(rate.Patients);
        Assert.Equal(ResponderStatus.Responder, patient.Status);
        Assert.Equal(pre, patient.PreSlope!.Value, Digits);
        Assert.Equal(post, patient.PostSlope!.Value, Digits);
        Assert.Equal(0.625, patient.SlopeReduction!.Value, Digits);
        Assert.Equal((1, 1), (rate.Responders, rate.Evaluable));
        Assert.Equal(0.025, rate.ConfidenceInterval!.Lower, 12); // Clopper–Pearson for 1/1: (0.05/2)^(1/1)
        Assert.Equal(NaturalHistoryNull.Published, output.Result.NaturalHistoryNulls);
        Assert.Equal(0.277, rate.PublishedNulls.Single(n => n.Null == NaturalHistoryNull.NurOwnPhase3Placebo).PValue, Digits);
    }

    [Fact]
    public async Task Progression_Patient_DeltaFsAndPrePostEqualHandComputed()
    {
        var request = new AnalyzeProgressionRequest(P001, Domain.Assessments.AlsfrsScale.AlsfrsR, OriginalAlsfrsHandling.Refuse, 1, new PrePostOptions(), new D50Options());

        var output = await new AnalyzeProgression(_t.Database).RunAsync(request);

        var r = output.Result;
        var first = r.DeltaFs[0];
        Assert.Equal(new DateOnly(2025, 1, 15), first.Date);
        Assert.Equal(12 / ((new DateOnly(2025, 1, 15).DayNumber - new DateOnly(2024, 3, 1).DayNumber) / 30.4375), first.Value!.Value, Digits);
        Assert.Equal(7, r.DeltaFs.Count);
        Assert.Equal(SeededStudy.Dose, r.PrePost!.AdministrationDate);
        Assert.Equal((-1 * 30.4375 / 60) - (-2 * 30.4375 / 45), r.PrePost.Difference!.Value, Digits);
        Assert.Null(r.PrePostNote);
        Assert.Equal(7, r.Slope.PointCount);
    }

    [Fact]
    public async Task Progression_NoAdministrationWithDose_NoteInsteadOfComparison()
    {
        var request = new AnalyzeProgressionRequest(P001, Domain.Assessments.AlsfrsScale.AlsfrsR, OriginalAlsfrsHandling.Refuse, 2, new PrePostOptions(), new D50Options());

        var output = await new AnalyzeProgression(_t.Database).RunAsync(request);

        Assert.Null(output.Result.PrePost);
        Assert.Equal("No current administration with dose number 2: no pre/post comparison.", output.Result.PrePostNote);
    }

    [Fact]
    public async Task Progression_NoPatient_UsageError()
    {
        var request = new AnalyzeProgressionRequest(new AnalysisScope(), Domain.Assessments.AlsfrsScale.AlsfrsR, OriginalAlsfrsHandling.Refuse, 1, new PrePostOptions(), new D50Options());

        var e = await Assert.ThrowsAsync<MotusException>(() => new AnalyzeProgression(_t.Database).RunAsync(request));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.Contains("--patient CODE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progression_LeadInLongerThanToleranceRule_UsageError()
    {
        var request = new AnalyzeProgressionRequest(P001, Domain.Assessments.AlsfrsScale.AlsfrsR, OriginalAlsfrsHandling.Refuse, 1,
            new PrePostOptions { LeadInDays = 10, BaselineToleranceDays = 14 }, new D50Options());

        var e = await Assert.ThrowsAsync<MotusException>(() => new AnalyzeProgression(_t.Database).RunAsync(request));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.StartsWith("Invalid option:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cox_UnknownControlArm_UsageErrorListsArms()
    {
        var request = new AnalyzeCoxRequest(new AnalysisScope(), CompositeEndpointDefinition.DeathOnly, TimeOrigin.Enrolment, "Sham", [], CoxOptions.Default);

        var e = await Assert.ThrowsAsync<MotusException>(() => new AnalyzeCox(_t.Database).RunAsync(request));

        Assert.Equal("--control Sham: study MOTUS-001 has no such arm (arms: MSC-IT, PLACEBO).", e.Message);
    }

    [Fact]
    public async Task Cox_UnknownCovariate_UsageErrorListsKnown()
    {
        var request = new AnalyzeCoxRequest(new AnalysisScope(), CompositeEndpointDefinition.DeathOnly, TimeOrigin.Enrolment, "PLACEBO", ["age", "weight"], CoxOptions.Default);

        var e = await Assert.ThrowsAsync<MotusException>(() => new AnalyzeCox(_t.Database).RunAsync(request));

        Assert.Equal("--covariates: unknown covariate 'weight' (known: age, male, bulbar_onset, diagnostic_delay, delta_fs).", e.Message);
    }

    [Fact]
    public async Task Cafs_SameArmInOtherCase_UsageError()
    {
        var options = new CafsOptions { TreatedArm = "placebo", ControlArm = "PLACEBO", HorizonDays = 365 };

        var e = await Assert.ThrowsAsync<MotusException>(() => new AnalyzeCafs(_t.Database).RunAsync(new AnalyzeCafsRequest(new AnalysisScope(), options)));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.Equal("--treated and --control are both PLACEBO: CAFS compares two different arms.", e.Message);
    }

    [Fact]
    public async Task Slopes_Patient_EqualsLeastSquaresOverEveryRating()
    {
        var output = await new AnalyzeSlopes(_t.Database).RunAsync(new AnalyzeSlopesRequest(P001, DateWindow.All));

        // Seven ratings: (t, y) with t in months from the first (2025-01-15).
        var dates = new[] { new DateOnly(2025, 1, 15) }.Concat(SeededStudy.Course.Select(c => SeededStudy.Dose.AddDays(c.Day))).ToArray();
        var t = dates.Select(d => (d.DayNumber - dates[0].DayNumber) / 30.4375).ToArray();
        var y = new double[] { 36 }.Concat(SeededStudy.Course.Select(c => (double)c.Total)).ToArray();
        var (tb, yb) = (t.Average(), y.Average());
        var slope = t.Zip(y).Sum(p => (p.First - tb) * (p.Second - yb)) / t.Sum(v => (v - tb) * (v - tb));
        var row = Assert.Single(output.Result.Patients);
        Assert.Equal(slope, row.Estimate.Slope!.Value, Digits);
        Assert.Equal(slope, output.Result.Summary.Median!.Value, Digits);
        Assert.Equal(Builders.ActiveArm, row.Arm);
    }
}
