using Motus.Statistics.Common;
using Motus.Statistics.Exact;

namespace Motus.Statistics.Tests.Exact;

/// <summary>Exact binomial test and Clopper–Pearson intervals against R's binom.test (fixture distributions/binom_test.json).</summary>
public sealed class ExactBinomialTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("distributions", "binom_test.json");

    [Fact]
    public void Test_AllFixtureCases_MatchesBinomTestWithin1e10Relative()
    {
        // Arrange
        var x = Fixture.GetProperty("x").Ints();
        var n = Fixture.GetProperty("n").Ints();
        var p = Fixture.GetProperty("p").Doubles();
        var alt = Fixture.GetProperty("alternative").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var conf = Fixture.GetProperty("conf").Doubles();
        var pValue = Fixture.GetProperty("pValue").Doubles();
        var lower = Fixture.GetProperty("lower").Doubles();
        var upper = Fixture.GetProperty("upper").Doubles();

        for (var i = 0; i < x.Length; i++)
        {
            var alternative = alt[i] switch { "less" => Alternative.Less, "greater" => Alternative.Greater, _ => Alternative.TwoSided };
            var label = $"binom.test({x[i]}, {n[i]}, {p[i]}, '{alt[i]}', {conf[i]})";

            // Act
            var r = ExactBinomial.Test(x[i], n[i], p[i], alternative, conf[i]);

            // Assert
            Close.Relative(pValue[i], r.PValue, 1e-10, label + " p-value");
            Close.Relative(lower[i], r.ConfidenceInterval.Lower, 1e-10, label + " lower");
            Close.Relative(upper[i], r.ConfidenceInterval.Upper, 1e-10, label + " upper");
            Assert.Equal(alternative, r.Alternative);
            Assert.Equal(conf[i], r.ConfidenceInterval.ConfidenceLevel);
        }
    }

    [Fact]
    public void Test_C10FifteenOfNineteen_ReproducesTrialMethodsTable()
    {
        // Arrange: trial-methods.md C10 / §3.4: P(X ≥ 15 | n = 19, p0) = 8.741e-4, 3.594e-3, 0.02798, 0.06961.
        double[] p0 = [0.41, 0.46, 0.55, 0.60];
        double[] expected = [8.741e-4, 3.594e-3, 0.02798, 0.06961];

        for (var i = 0; i < p0.Length; i++)
        {
            // Act
            var r = ExactBinomial.Test(15, 19, p0[i], Alternative.Greater);

            // Assert (the reference quotes 4 significant digits)
            Close.Relative(expected[i], r.PValue, 5e-4, $"p0 = {p0[i]}");
        }
    }

    [Fact]
    public void ClopperPearson_ZeroSuccesses_LowerLimitIsZero()
    {
        // Arrange, Act
        var ci = ExactBinomial.ClopperPearson(0, 20);

        // Assert: upper limit 1 − (α/2)^(1/n) in closed form.
        Assert.Equal(0, ci.Lower);
        Close.Relative(1 - Math.Pow(0.025, 1.0 / 20), ci.Upper, 1e-13);
        Assert.Equal(Alternative.TwoSided, ci.Alternative);
        Assert.Equal(0.95, ci.ConfidenceLevel);
    }

    [Fact]
    public void ClopperPearson_AllSuccesses_UpperLimitIsOne()
    {
        // Arrange, Act
        var ci = ExactBinomial.ClopperPearson(20, 20, 0.9);

        // Assert: lower limit (α/2)^(1/n).
        Assert.Equal(1, ci.Upper);
        Close.Relative(Math.Pow(0.05, 1.0 / 20), ci.Lower, 1e-13);
    }

    [Fact]
    public void TwoSidedPValue_ObservedEqualsExpected_IsOne()
    {
        // Arrange, Act
        var p = ExactBinomial.TwoSidedPValue(300, 1000, 0.3);

        // Assert
        Assert.Equal(1, p);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(0, 0)]
    public void Test_InvalidCounts_Throws(int x, int n)
    {
        // Arrange, Act, Assert
        Assert.Throws<StatisticsInputException>(() => ExactBinomial.Test(x, n, 0.5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void ClopperPearson_LevelOutsideOpenUnitInterval_ThrowsNamingLevel(double level)
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => ExactBinomial.ClopperPearson(3, 10, level));

        // Assert
        Assert.Equal("confidenceLevel", ex.ParamName);
    }
}
