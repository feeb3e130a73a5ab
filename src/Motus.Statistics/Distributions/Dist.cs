using MathNet.Numerics.Distributions;

namespace Motus.Statistics.Distributions;

/// <summary>
/// CDFs and quantiles of the distributions the engine needs, in R's vocabulary (<c>pnorm</c>, <c>qt</c>, …).
/// Lower-tail by default; <c>Upper</c> variants compute the upper tail directly where that keeps precision for small
/// p-values. Backed by Math.NET Numerics; accuracy checked against R in Motus.Statistics.Tests.
/// </summary>
public static class Dist
{
    /// <summary>Standard normal CDF Φ(x). R: <c>pnorm(x)</c>.</summary>
    public static double NormalCdf(double x) => Normal.CDF(0, 1, x);

    /// <summary>Standard normal upper tail 1 − Φ(x), computed as Φ(−x) for precision. R: <c>pnorm(x, lower.tail = FALSE)</c>.</summary>
    public static double NormalUpper(double x) => Normal.CDF(0, 1, -x);

    /// <summary>Standard normal quantile Φ⁻¹(p). R: <c>qnorm(p)</c>.</summary>
    public static double NormalQuantile(double p) => Normal.InvCDF(0, 1, p);

    /// <summary>Student t CDF with <paramref name="df"/> degrees of freedom (df may be fractional). R: <c>pt(x, df)</c>.</summary>
    public static double TCdf(double x, double df) => StudentT.CDF(0, 1, df, x);

    /// <summary>Two-sided p-value for a t statistic: 2·P(T ≥ |t|). R: <c>2 * pt(-abs(t), df)</c>.</summary>
    public static double TTwoSided(double t, double df) => 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));

    /// <summary>Student t quantile. R: <c>qt(p, df)</c>.</summary>
    public static double TQuantile(double p, double df) => StudentT.InvCDF(0, 1, df, p);

    /// <summary>χ² CDF. R: <c>pchisq(x, df)</c>.</summary>
    public static double ChiSquareCdf(double x, double df) => x <= 0 ? 0 : ChiSquared.CDF(df, x);

    /// <summary>χ² upper tail P(X ≥ x), computed through the regularised upper incomplete gamma for precision. R: <c>pchisq(x, df, lower.tail = FALSE)</c>.</summary>
    public static double ChiSquareUpper(double x, double df) => x <= 0 ? 1 : MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);

    /// <summary>χ² quantile. R: <c>qchisq(p, df)</c>.</summary>
    public static double ChiSquareQuantile(double p, double df) => ChiSquared.InvCDF(df, p);

    /// <summary>F CDF. R: <c>pf(x, df1, df2)</c>.</summary>
    public static double FCdf(double x, double df1, double df2) => x <= 0 ? 0 : FisherSnedecor.CDF(df1, df2, x);

    /// <summary>F upper tail through the regularised incomplete beta. R: <c>pf(x, df1, df2, lower.tail = FALSE)</c>.</summary>
    public static double FUpper(double x, double df1, double df2) =>
        x <= 0 ? 1 : MathNet.Numerics.SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + df1 * x));

    /// <summary>F quantile. R: <c>qf(p, df1, df2)</c>.</summary>
    public static double FQuantile(double p, double df1, double df2) => FisherSnedecor.InvCDF(df1, df2, p);

    /// <summary>Beta CDF. R: <c>pbeta(x, a, b)</c>.</summary>
    public static double BetaCdf(double x, double a, double b) => x <= 0 ? 0 : x >= 1 ? 1 : MathNet.Numerics.SpecialFunctions.BetaRegularized(a, b, x);

    /// <summary>Beta quantile. R: <c>qbeta(p, a, b)</c>.</summary>
    public static double BetaQuantile(double p, double a, double b) => Beta.InvCDF(a, b, p);

    /// <summary>Gamma CDF with shape and rate. R: <c>pgamma(x, shape, rate)</c>.</summary>
    public static double GammaCdf(double x, double shape, double rate) => x <= 0 ? 0 : MathNet.Numerics.SpecialFunctions.GammaLowerRegularized(shape, rate * x);

    /// <summary>Gamma quantile with shape and rate. R: <c>qgamma(p, shape, rate)</c>.</summary>
    public static double GammaQuantile(double p, double shape, double rate) => Gamma.InvCDF(shape, rate, p);

    /// <summary>Binomial CDF P(X ≤ k). R: <c>pbinom(k, n, p)</c>.</summary>
    public static double BinomialCdf(int k, int n, double p) =>
        k < 0 ? 0 : k >= n ? 1 : MathNet.Numerics.SpecialFunctions.BetaRegularized(n - k, k + 1, 1 - p);

    /// <summary>Binomial upper tail P(X ≥ k). R: <c>pbinom(k - 1, n, p, lower.tail = FALSE)</c>.</summary>
    public static double BinomialUpper(int k, int n, double p) =>
        k <= 0 ? 1 : k > n ? 0 : MathNet.Numerics.SpecialFunctions.BetaRegularized(k, n - k + 1, p);
}
