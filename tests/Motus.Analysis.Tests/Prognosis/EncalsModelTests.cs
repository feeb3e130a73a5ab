using Motus.Analysis.Prognosis;
using Motus.Analysis.Tests.Common;

namespace Motus.Analysis.Tests.Prognosis;

/// <summary>
/// ENCALS model against hand computation, the reference's LP → median table, and an independent R implementation
/// (tests/fixtures/r/prognosis/encals.json): LP and S(t) to 1e-10, quantile times to 1e-8 relative.
/// </summary>
public sealed class EncalsModelTests
{
    private static readonly EncalsPredictors Example = new(0.5, 10, 60, 90, false, false, false, false);

    [Fact]
    public void LinearPredictor_ReferenceExample_MatchesHandComputation()
    {
        // ΔFS 0.5: (0.6)^−0.5 = 1.2909944 × −1.837 = −2.3715167
        // delay 10: (1)^−0.5 + ln 1 = 1 × −2.373 = −2.373
        // age 60: (0.6)^−2 = 2.7777778 × −0.267 = −0.7416667
        // VC 90: 1/0.9 + 0.9^−0.5 = 1.1111111 + 1.0540926 = 2.1652037 × 0.477 = 1.0328022
        // binary terms 0 → LP = −4.4534213 (als-methods §4.2: −4.45)
        var lp = EncalsModel.LinearPredictor(Example);

        var expected = (-1.837 * Math.Pow(0.6, -0.5)) - 2.373 - (0.267 / 0.36) + (0.477 * ((1 / 0.9) + Math.Pow(0.9, -0.5)));
        Assert.Equal(expected, lp.Value, 12);
        Assert.Equal(-4.4534213, lp.Value, 6);
        Assert.Equal(8, lp.Terms.Count);
        Assert.Equal(-2.373, lp.Terms[1].Contribution, 12);
        Assert.Contains("not checked against the paper's supplement", lp.Method);
    }

    [Fact]
    public void Predict_ReferenceExample_MedianAndTwelveMonthSurvival()
    {
        // als-methods §4.2: LP −4.45 → median 35.7 months from onset, S(12) = 0.98
        var p = EncalsModel.Predict(Example);

        Assert.Equal(35.7, p.MedianMonths!.Value, 1);
        Assert.Equal(0.98, p.Curve.Single(c => c.MonthsSinceOnset == 12).Survival, 2);
        Assert.Null(p.EventFreeAtMonths);
        Assert.Equal(120, p.Curve.Count);
        Assert.Contains("unconditional", p.Method);
    }

    [Fact]
    public void Survival_ReferenceTable_MediansByLinearPredictor()
    {
        // als-methods §4.2 (derived): LP −8 … 0 → median 114, 80, 57, 42, 36, 32, 27, 24, 18, 13, 10 months (rounded)
        double[] lps = [-8, -7, -6, -5, -4.5, -4, -3.5, -3, -2, -1, 0];
        double[] medians = [114, 80, 57, 42, 36, 32, 27, 24, 18, 13, 10];
        for (var i = 0; i < lps.Length; i++)
        {
            // S(median) = 0.5 ⇔ the rounded median brackets the exact one: S(m − 0.5) > 0.5 > S(m + 0.5)
            Assert.True(EncalsModel.Survival(lps[i], medians[i] - 0.6) > 0.5, $"LP {lps[i]}");
            Assert.True(EncalsModel.Survival(lps[i], medians[i] + 0.6) < 0.5, $"LP {lps[i]}");
        }
    }

    [Fact]
    public void Baseline_Lambdas_ReproduceThePrintedValues()
    {
        Assert.Equal(0.481323, EncalsBaseline.PublicCode.Lambda1, 6);
        Assert.Equal(0.390507, EncalsBaseline.PublicCode.Lambda2, 6);
    }

    [Fact]
    public void Baseline_Spline_StrictlyIncreasingOnTheQuantileRange()
    {
        var b = EncalsBaseline.PublicCode;
        for (var x = EncalsBaseline.MinLogTime; x < EncalsBaseline.MaxLogTime; x += 0.001)
        {
            Assert.True(b.Spline(x + 0.001) > b.Spline(x), $"s not increasing at {x}");
        }
    }

    [Fact]
    public void Baseline_BeyondLastKnot_IsLinear()
    {
        // a restricted cubic spline is linear beyond k_max = 5.917: equal steps give equal increments
        var b = EncalsBaseline.PublicCode;
        var d1 = b.Spline(6.5) - b.Spline(6.0);
        var d2 = b.Spline(7.0) - b.Spline(6.5);
        Assert.Equal(d1, d2, 10);
    }

    [Fact]
    public void Predict_Conditional_OneUntilT0ThenRatio()
    {
        var options = new EncalsPredictionOptions { Times = [6, 12, 24], EventFreeAtMonths = 12 };

        var p = EncalsModel.Predict(Example, options: options);

        Assert.Equal(1.0, p.Curve[0].Survival);
        Assert.Equal(1.0, p.Curve[1].Survival);
        Assert.Equal(EncalsModel.Survival(-4.4534213210, 24) / EncalsModel.Survival(-4.4534213210, 12), p.Curve[2].Survival, 8);
        Assert.True(p.MedianMonths > 35.7); // having survived 12 months moves the median later
        Assert.Contains("conditional on event-free at 12 months", p.Method);
    }

    [Fact]
    public void Predict_MedianBeyondRange_NullWithReason()
    {
        // ΔFS 0, delay 2.5, age 15, VC 150%: LP ≈ −18.4 < −s(7) = −13.42, so S stays above 0.5 beyond e^7 ≈ 1097 months
        var veryLow = Example with { DeltaFs = 0, DiagnosticDelayMonths = 2.5, VitalCapacityPercent = 150, AgeAtOnsetYears = 15 };
        var lp = EncalsModel.LinearPredictor(veryLow).Value;

        var p = EncalsModel.Predict(veryLow);

        Assert.True(lp < -14, $"LP {lp}");
        Assert.Null(p.MedianMonths);
        Assert.Contains(p.Warnings, w => w.Contains("outside the model's range"));
    }

    [Fact]
    public void LinearPredictor_UnknownC9WithEightPredictorSet_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => EncalsModel.LinearPredictor(Example with { C9orf72 = null }));

        Assert.Contains("TRICALS", ex.Message);
    }

    [Fact]
    public void LinearPredictor_UnknownC9WithTricalsSet_SevenTerms()
    {
        var lp = EncalsModel.LinearPredictor(Example with { C9orf72 = null }, EncalsCoefficients.TricalsRiskProfile);

        Assert.Equal(7, lp.Terms.Count);
    }

    [Theory]
    [InlineData(-0.1, 10, 60, 90)]
    [InlineData(0.5, 0, 60, 90)]
    [InlineData(0.5, 10, 0, 90)]
    [InlineData(0.5, 10, 60, 0)]
    [InlineData(double.NaN, 10, 60, 90)]
    public void LinearPredictor_OutOfDomain_Throws(double dfs, double delay, double age, double vc)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EncalsModel.LinearPredictor(new EncalsPredictors(dfs, delay, age, vc, false, false, false, false)));
    }

    [Fact]
    public void Predict_SetWithoutBaseline_Throws()
    {
        Assert.Throws<ArgumentException>(() => EncalsModel.Predict(Example, EncalsCoefficients.TricalsRiskProfile));
    }

    [Fact]
    public void Predict_RFixture_MatchesIndependentImplementation()
    {
        var fixture = RFixtures.Load("prognosis", "encals.json");
        foreach (var c in fixture.GetProperty("cases").EnumerateArray())
        {
            var i = c.GetProperty("input");
            var x = new EncalsPredictors(i.GetProperty("dfs").GetDouble(), i.GetProperty("delay").GetDouble(), i.GetProperty("age").GetDouble(), i.GetProperty("vc").GetDouble(),
                i.GetProperty("bulbar").GetInt32() == 1, i.GetProperty("definite").GetInt32() == 1, i.GetProperty("ftd").GetInt32() == 1, i.GetProperty("c9").GetInt32() == 1);
            var options = new EncalsPredictionOptions
            {
                Times = c.GetProperty("times").Doubles(),
                SurvivalLevels = c.GetProperty("levels").Doubles(),
                EventFreeAtMonths = i.NullableDouble("t0"),
            };

            var p = EncalsModel.Predict(x, options: options);
            var lp7 = EncalsModel.LinearPredictor(x with { C9orf72 = null }, EncalsCoefficients.TricalsRiskProfile);

            Close.Equal(c.GetProperty("lp8").GetDouble(), p.LinearPredictor.Value, 1e-10, "LP (8)");
            Close.Equal(c.GetProperty("lp7").GetDouble(), lp7.Value, 1e-10, "LP (7)");
            var s = c.GetProperty("survival").Doubles();
            for (var k = 0; k < s.Length; k++)
            {
                Close.Equal(s[k], p.Curve[k].Survival, 1e-10, $"S({p.Curve[k].MonthsSinceOnset})");
            }

            var q = c.GetProperty("quantiles").Doubles();
            for (var k = 0; k < q.Length; k++)
            {
                Assert.Equal(q[k], p.Quantiles[k].MonthsSinceOnset!.Value, q[k] * 1e-8);
            }

            Assert.Equal(c.GetProperty("median").GetDouble(), p.MedianMonths!.Value, c.GetProperty("median").GetDouble() * 1e-8);
        }
    }

    [Fact]
    public void Survival_RFixtureTable_MediansMatch()
    {
        var fixture = RFixtures.Load("prognosis", "encals.json");
        var lps = fixture.GetProperty("table_lp").Doubles();
        var medians = fixture.GetProperty("table_median").Doubles();
        for (var k = 0; k < lps.Length; k++)
        {
            Assert.Equal(0.5, EncalsModel.Survival(lps[k], medians[k]), 10);
        }
    }
}
