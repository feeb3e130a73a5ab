using Motus.Analysis.Progression;
using Motus.Analysis.Responders;
using Motus.Analysis.Tests.Common;
using Motus.Domain.Records;
using Motus.Testing;

namespace Motus.Analysis.Tests.Responders;

/// <summary>Every classification branch by hand; rates and null tails against R's binom.test (tests/fixtures/r/responders, 1e-9).</summary>
public sealed class ResponderAnalysisTests
{
    private static readonly DateOnly Dose = new(2025, 3, 1);
    private static readonly ResponderOptions Defaults = new();

    // Ratings at −60, −30, 0 (baseline, shared), +30, +60 days around a dose on 2025-03-01.
    private static PatientRecord Patient(string code, int[] pre, int[] post, bool withDose = true)
    {
        var dates = new[] { -60, -30, 0, 30, 60 }.Select(d => Dose.AddDays(d)).ToArray();
        var totals = pre.Concat(post).ToArray();
        var patient = TestRecords.Patient(new DateOnly(2023, 1, 1), code);
        var record = new PatientRecord { Patient = patient, Alsfrs = dates.Select((d, i) => TestRecords.Total(patient, d, totals[i])).ToList() };
        return withDose ? record.WithAdministration(Dose) : record;
    }

    private static PatientResponse Classify(PatientRecord r, ResponderOptions? o = null)
    {
        o ??= Defaults;
        return ResponderAnalysis.Classify(r.Patient.Code, PrePostSlopes.CompareAtDose(r, o.DoseNumber, o.PrePost), o);
    }

    [Fact]
    public void Classify_ExactlyTwentyFivePercent_Responder()
    {
        // pre 44, 42, 40 over −60..0 days: −4/60 = −0.0666667/day; post 40, 39, 37 over 0..60: Sty = −90, Stt = 1800 → −0.05/day
        // reduction = (−0.05 + 0.0666667)/0.0666667 = 0.25 exactly (units cancel)
        var r = Classify(Patient("P001", [44, 42, 40], [39, 37]));

        Assert.Equal(ResponderStatus.Responder, r.Status);
        Assert.Equal(0.25, r.SlopeReduction!.Value, 12);
        Assert.Null(r.Reason);
    }

    [Fact]
    public void Classify_SmallerReduction_NonResponder()
    {
        // pre −4/60 per day; post 40, 38, 36: −4/60 per day → reduction 0
        var r = Classify(Patient("P002", [44, 42, 40], [38, 36]));

        Assert.Equal(ResponderStatus.NonResponder, r.Status);
        Assert.Equal(0.0, r.SlopeReduction!.Value, 12);
    }

    [Fact]
    public void Classify_ThresholdFiftyPercent_TwentyFivePercentNotEnough()
    {
        var r = Classify(Patient("P001", [44, 42, 40], [39, 37]), new ResponderOptions { RelativeReduction = 0.5 });

        Assert.Equal(ResponderStatus.NonResponder, r.Status);
    }

    [Fact]
    public void Classify_RisingPreSlope_NotEvaluableByDefault()
    {
        var r = Classify(Patient("P003", [38, 39, 40], [39, 38]));

        Assert.Equal(ResponderStatus.NotEvaluable, r.Status);
        Assert.Contains("flat or rising", r.Reason);
        Assert.Null(r.SlopeReduction);
    }

    [Fact]
    public void Classify_FlatPreSlope_NotEvaluableByDefault()
    {
        var r = Classify(Patient("P004", [40, 40, 40], [39, 38]));

        Assert.Equal(ResponderStatus.NotEvaluable, r.Status);
        Assert.Equal(0.0, r.PreSlope!.Value, 12);
    }

    [Fact]
    public void Classify_FlatPreSlopeCountAsNonResponder_NonResponderWithReason()
    {
        var r = Classify(Patient("P004", [40, 40, 40], [39, 38]), new ResponderOptions { NonDecliningPreSlope = UnevaluablePolicy.CountAsNonResponder });

        Assert.Equal(ResponderStatus.NonResponder, r.Status);
        Assert.StartsWith("counted as non-responder", r.Reason);
    }

    [Fact]
    public void Classify_SlowPreDeclineBelowFlatThreshold_NotEvaluable()
    {
        // pre 41, 41, 40: Sty = −30·0.333 + 30·(−0.667) = −30 → −30/1800 per day = −0.507 points/month, above −0.6
        var r = Classify(Patient("P005", [41, 41, 40], [39, 38]), new ResponderOptions { FlatPreSlopeThreshold = 0.6 });

        Assert.Equal(ResponderStatus.NotEvaluable, r.Status);
        Assert.Equal(-30.0 / 1800 * 30.4375, r.PreSlope!.Value, 12);
    }

    [Fact]
    public void Classify_NoAdministration_NotEvaluableOrNonResponderByPolicy()
    {
        var record = Patient("P006", [44, 42, 40], [39, 37], withDose: false);

        var excluded = Classify(record);
        var counted = Classify(record, new ResponderOptions { MissingSlope = UnevaluablePolicy.CountAsNonResponder });

        Assert.Equal(ResponderStatus.NotEvaluable, excluded.Status);
        Assert.Contains("no current administration with dose number 1", excluded.Reason);
        Assert.Null(excluded.Comparison);
        Assert.Equal(ResponderStatus.NonResponder, counted.Status);
    }

    [Fact]
    public void Classify_NoPostVisits_NotEvaluable()
    {
        var patient = TestRecords.Patient(new DateOnly(2023, 1, 1), "P007");
        var record = new PatientRecord
        {
            Patient = patient,
            Alsfrs = [TestRecords.Total(patient, Dose.AddDays(-60), 44), TestRecords.Total(patient, Dose.AddDays(-30), 42), TestRecords.Total(patient, Dose, 40)],
        }.WithAdministration(Dose);

        var r = Classify(record, new ResponderOptions { PrePost = new PrePostOptions { Baseline = BaselineVisitHandling.PreOnly } });

        Assert.Equal(ResponderStatus.NotEvaluable, r.Status);
        Assert.StartsWith("post slope not estimable", r.Reason);
    }

    [Fact]
    public void Classify_NoLeadInSlope_NotEvaluable()
    {
        var patient = TestRecords.Patient(new DateOnly(2023, 1, 1), "P008");
        var record = new PatientRecord
        {
            Patient = patient,
            Alsfrs = [TestRecords.Total(patient, Dose, 40), TestRecords.Total(patient, Dose.AddDays(30), 39), TestRecords.Total(patient, Dose.AddDays(60), 37)],
        }.WithAdministration(Dose);

        var r = Classify(record);

        Assert.Equal(ResponderStatus.NotEvaluable, r.Status);
        Assert.StartsWith("lead-in slope not estimable", r.Reason);
    }

    [Fact]
    public void Run_MixedCohort_CountsAndNulls()
    {
        // responder, non-responder, not evaluable (rising), and a soft-deleted patient who is ignored
        var deleted = Patient("P099", [44, 42, 40], [39, 37]);
        deleted.Patient.MarkDeleted(TestDates.Now, "duplicate");
        var cohort = new[] { Patient("P001", [44, 42, 40], [39, 37]), Patient("P002", [44, 42, 40], [38, 36]), Patient("P003", [38, 39, 40], [39, 38]), deleted };

        var result = ResponderAnalysis.Run(cohort);

        Assert.Equal(3, result.Patients.Count);
        Assert.Equal(1, result.Responders);
        Assert.Equal(2, result.Evaluable);
        Assert.Equal(1, result.NotEvaluable);
        Assert.Equal(0.5, result.Rate);
        Assert.Equal(NaturalHistoryNull.Published.Count, result.PublishedNulls.Count);
        // P(X ≥ 1 | 2, 0.277) = 1 − 0.723² = 0.477271
        Assert.Equal(1 - (0.723 * 0.723), result.PublishedNulls[0].PValue, 12);
        Assert.Contains(result.Warnings, w => w.Contains("regression to the mean"));
        Assert.Contains(result.Warnings, w => w.Contains("1 of 3 patients not evaluable"));
        Assert.Contains(result.Warnings, w => w.Contains("1 soft-deleted patient(s) ignored"));
        Assert.Contains("Clopper–Pearson", result.Method);
        Assert.Null(result.SimulatedNull);
    }

    [Fact]
    public void Summarize_NoEvaluablePatient_NoRateWithWarning()
    {
        var only = ResponderAnalysis.Classify("P003", null, Defaults);

        var result = ResponderAnalysis.Summarize([only], Defaults);

        Assert.Null(result.Rate);
        Assert.Null(result.ConfidenceInterval);
        Assert.Empty(result.PublishedNulls);
        Assert.Contains(result.Warnings, w => w.Contains("No evaluable patient"));
        Assert.Throws<InvalidOperationException>(() => result.WithSimulatedNull(new SimulatedNull(0.4, 1000, 1, "test")));
    }

    [Fact]
    public void Summarize_SameDefinition_FlagsOhAnchorsAtFiftyPercent()
    {
        var options = new ResponderOptions { RelativeReduction = 0.5 };
        var patients = new[] { new PatientResponse("A", ResponderStatus.Responder, -1, 0, 1, null, null) };

        var result = ResponderAnalysis.Summarize(patients, options);

        Assert.Equal(["Oh 2018 controls, 4 months", "Oh 2018 controls, 6 months"], result.PublishedNulls.Where(c => c.SameDefinition).Select(c => c.Null.Name));
    }

    [Fact]
    public void WithSimulatedNull_ReferenceExample_FifteenOfNineteen()
    {
        // trial-methods §3.4: 15/19 responders against a simulated null of 0.41 → P(X ≥ 15 | 19, 0.41) = 0.00087
        var patients = Enumerable.Range(0, 19)
            .Select(i => new PatientResponse($"P{i:000}", i < 15 ? ResponderStatus.Responder : ResponderStatus.NonResponder, -1, 0, 1, null, null)).ToList();
        var result = ResponderAnalysis.Summarize(patients, Defaults);

        var withNull = result.WithSimulatedNull(new SimulatedNull(0.41, 200_000, 42, "linear slopes N(−1, 0.6²), σe = 1.6, scenario B", 0.0011, 0.0001));

        Assert.Equal(0.00087, withNull.SimulatedNull!.BinomialPValue, 5);
        Assert.Equal(0.0011, withNull.SimulatedNull.SimulatedPValue);
        Assert.Equal(15.0 / 19, withNull.Rate);
    }

    [Fact]
    public void Summarize_RFixture_MatchesBinomTest()
    {
        foreach (var c in RFixtures.Load("responders", "binomial.json").EnumerateArray())
        {
            var k = c.GetProperty("k").GetInt32();
            var n = c.GetProperty("n").GetInt32();
            var patients = Enumerable.Range(0, n)
                .Select(i => new PatientResponse($"P{i}", i < k ? ResponderStatus.Responder : ResponderStatus.NonResponder, -1, 0, 1, null, null)).ToList();
            var nullRates = c.GetProperty("nulls").Doubles();
            var anchors = nullRates.Select(p => NaturalHistoryNull.NurOwnPhase3Placebo with { Rate = p }).ToList();

            var result = ResponderAnalysis.Summarize(patients, Defaults, anchors);

            Close.Equal(c.GetProperty("lower").GetDouble(), result.ConfidenceInterval!.Lower, 1e-9, $"{k}/{n} lower");
            Close.Equal(c.GetProperty("upper").GetDouble(), result.ConfidenceInterval.Upper, 1e-9, $"{k}/{n} upper");
            var expected = c.GetProperty("p_greater").Doubles();
            for (var j = 0; j < expected.Length; j++)
            {
                Assert.True(Math.Abs(expected[j] - result.PublishedNulls[j].PValue) <= 1e-9 * expected[j] + 1e-300, $"{k}/{n} at {nullRates[j]}: {expected[j]:R} vs {result.PublishedNulls[j].PValue:R}");
            }
        }
    }

    [Fact]
    public void Published_Anchors_CarryTheReferenceRates()
    {
        Assert.Equal([0.277, 0.19, 0.22, 0.04, 0.25, 0.16, 0.07, 0.14], NaturalHistoryNull.Published.Select(a => a.Rate));
        Assert.All(NaturalHistoryNull.Published, a => Assert.False(string.IsNullOrWhiteSpace(a.Citation)));
    }

    [Fact]
    public void Run_BadOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponderAnalysis.Run([], new ResponderOptions { RelativeReduction = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponderAnalysis.Run([], new ResponderOptions { ConfidenceLevel = 1 }));
    }
}
