using Motus.Analysis.Cohort;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>Fieller and delta-method limits of a ratio, hand-computed.</summary>
public sealed class RatioConfidenceTests
{
    [Fact]
    public void Limits_Fieller_HandComputed()
    {
        // a = 0.25, b = −1, Var a = 0.01, Var b = 0.04, Cov = 0, z = 2:
        // A = 1 − 4·0.04 = 0.84, B = −0.25 − 0 = −0.25, C = 0.0625 − 0.04 = 0.0225,
        // B² − AC = 0.0625 − 0.0189 = 0.0436, √ = 0.20880613017821…,
        // ρ = (−0.25 ∓ 0.20880613)/0.84 = −0.458806/0.84 = −0.546197774…, −0.041194/0.84 = −0.049040321….
        var r = RatioConfidence.Limits(0.25, -1, 0.01, 0.04, 0, 2, RatioIntervalMethod.Fieller);

        Assert.Equal(-0.25, r.Estimate, 15);
        Assert.Equal((-0.25 - Math.Sqrt(0.0436)) / 0.84, r.Lower!.Value, 14);
        Assert.Equal((-0.25 + Math.Sqrt(0.0436)) / 0.84, r.Upper!.Value, 14);
        Assert.Equal(-0.5461978, r.Lower.Value, 6);
        Assert.Equal(-0.0490403, r.Upper.Value, 6);
        Assert.Null(r.Note);
    }

    [Fact]
    public void Limits_Delta_HandComputed()
    {
        // SE = √(0.01 − 0 + 0.0625·0.04)/1 = √0.0125 = 0.111803398874989…; ρ ± 2·SE = −0.25 ± 0.223606797749979.
        var r = RatioConfidence.Limits(0.25, -1, 0.01, 0.04, 0, 2, RatioIntervalMethod.Delta);

        Assert.Equal(-0.473606797749979, r.Lower!.Value, 14);
        Assert.Equal(-0.026393202250021, r.Upper!.Value, 14);
    }

    [Fact]
    public void Limits_FiellerWithCovariance_HandComputed()
    {
        // a = 0.3, b = −0.9, Var a = 0.02, Var b = 0.01, Cov = −0.005, z = 1.96 (z² = 3.8416):
        // A = 0.81 − 0.038416 = 0.771584; B = −0.27 + 0.019208 = −0.250792; C = 0.09 − 0.076832 = 0.013168;
        // B² − AC = 0.06289663… − 0.01016022… = 0.05273641…
        var z2 = 3.8416;
        var qa = 0.81 - (z2 * 0.01);
        var qb = -0.27 + (z2 * 0.005);
        var qc = 0.09 - (z2 * 0.02);
        var disc = (qb * qb) - (qa * qc);

        var r = RatioConfidence.Limits(0.3, -0.9, 0.02, 0.01, -0.005, 1.96, RatioIntervalMethod.Fieller);

        Assert.Equal(0.771584, qa, 12);
        Assert.Equal(0.0527364, disc, 6);
        Assert.Equal((qb - Math.Sqrt(disc)) / qa, r.Lower!.Value, 13);
        Assert.Equal((qb + Math.Sqrt(disc)) / qa, r.Upper!.Value, 13);
    }

    [Fact]
    public void Limits_DenominatorNotSignificant_FiellerUnboundedWithNote()
    {
        // b = −0.1, Var b = 0.04, z = 2: A = 0.01 − 0.16 < 0.
        var r = RatioConfidence.Limits(0.05, -0.1, 0.01, 0.04, 0, 2, RatioIntervalMethod.Fieller);

        Assert.Equal(-0.5, r.Estimate, 15);
        Assert.Null(r.Lower);
        Assert.Null(r.Upper);
        Assert.Contains("unbounded", r.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_ZeroDenominator_Throws()
    {
        Assert.Throws<ArgumentException>(() => RatioConfidence.Limits(1, 0, 0.1, 0.1, 0, 2, RatioIntervalMethod.Fieller));
    }
}
