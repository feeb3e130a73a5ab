using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Tests.Distributions;

/// <summary>Binomial against R's dbinom/pbinom/qbinom for n from 1 to 1e6 (fixture distributions/binomial.json).</summary>
public sealed class DistBinomialTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("distributions", "binomial.json");

    [Fact]
    public void BinomialCdf_GridOfNProbAndK_MatchesRWithin1e10Relative()
    {
        // Arrange
        var c = Fixture.GetProperty("cdf");
        var k = c.GetProperty("k").Ints();
        var n = c.GetProperty("n").Ints();
        var prob = c.GetProperty("prob").Doubles();
        var pmf = c.GetProperty("pmf").Doubles();
        var lower = c.GetProperty("lower").Doubles();
        var upper = c.GetProperty("upperFromK").Doubles();
        var check = new GridCheck("dbinom/pbinom", 1e-10);

        // Act
        for (var i = 0; i < k.Length; i++)
        {
            check.Add(pmf[i], Dist.BinomialPmf(k[i], n[i], prob[i]), $"dbinom({k[i]}, {n[i]}, {prob[i]})");
            check.Add(lower[i], Dist.BinomialCdf(k[i], n[i], prob[i]), $"pbinom({k[i]}, {n[i]}, {prob[i]})");
            check.Add(upper[i], Dist.BinomialUpper(k[i], n[i], prob[i]), $"pbinom({k[i]} - 1, {n[i]}, {prob[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void BinomialQuantile_GridOfProbabilities_MatchesRExactly()
    {
        // Arrange
        var q = Fixture.GetProperty("quantile");
        var p = q.GetProperty("p").Doubles();
        var n = q.GetProperty("n").Ints();
        var prob = q.GetProperty("prob").Doubles();
        var value = q.GetProperty("value").Ints();
        var misses = new List<string>();

        // Act
        for (var i = 0; i < p.Length; i++)
        {
            var actual = Dist.BinomialQuantile(p[i], n[i], prob[i]);
            if (actual != value[i])
            {
                misses.Add($"qbinom({p[i]}, {n[i]}, {prob[i]}): R {value[i]}, got {actual}");
            }
        }

        // Assert
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Fact]
    public void BinomialUpper_C10TailsFor15Of19_MatchTrialMethodsReference()
    {
        // Arrange: trial-methods.md check C10, P(X ≥ 15 | n = 19, p0), quoted there to 4 significant digits.
        double[] p0 = [0.41, 0.46, 0.55, 0.60];
        double[] expected = [8.741e-4, 3.594e-3, 0.02798, 0.06961];

        // Act, Assert
        for (var i = 0; i < p0.Length; i++)
        {
            Close.Relative(expected[i], Dist.BinomialUpper(15, 19, p0[i]), 5e-4, $"P(X >= 15 | 19, {p0[i]})");
        }
    }

    [Fact]
    public void BinomialCdf_NegativeTrials_ThrowsNamingN()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => Dist.BinomialCdf(1, -2, 0.5));

        // Assert
        Assert.Equal("n", ex.ParamName);
    }
}
