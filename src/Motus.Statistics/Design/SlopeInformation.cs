using Motus.Statistics.Common;

namespace Motus.Statistics.Design;

/// <summary>
/// [(Σₖ pₖ·XₖᵀVₖ⁻¹Xₖ)⁻¹]₂₂ with X = [1, t] and Vₖ the leading k×k block of V: the per-subject variance of the GLS slope
/// under a dropout pattern. Uses one Cholesky factor L of V: the factor of Vₖ is L's leading block and Lₖ⁻¹Xₖ is the
/// first k rows of L⁻¹X, so XₖᵀVₖ⁻¹Xₖ is a running sum of outer products of those rows (O(K³) in all, not O(K⁴)).
/// </summary>
internal static class SlopeInformation
{
    /// <summary>Slope variance term; <paramref name="covariance"/> is K×K symmetric positive definite, <paramref name="lastVisit"/> has length K.</summary>
    internal static double SlopeVariance(IReadOnlyList<double> times, double[,] covariance, IReadOnlyList<double> lastVisit, string covarianceName)
    {
        var k = times.Count;
        var l = Cholesky(covariance, covarianceName);

        // Rows of L⁻¹X by forward substitution, accumulated as running sums of rᵢrᵢᵀ.
        var r0 = new double[k];
        var r1 = new double[k];
        double a = 0, b = 0, c = 0, ta = 0, tb = 0, tc = 0;
        for (var i = 0; i < k; i++)
        {
            var s0 = 1.0;
            var s1 = times[i];
            for (var j = 0; j < i; j++)
            {
                s0 -= l[i, j] * r0[j];
                s1 -= l[i, j] * r1[j];
            }

            r0[i] = s0 / l[i, i];
            r1[i] = s1 / l[i, i];
            a += r0[i] * r0[i];
            b += r0[i] * r1[i];
            c += r1[i] * r1[i];
            if (i >= 1)
            {
                ta += lastVisit[i] * a;
                tb += lastVisit[i] * b;
                tc += lastVisit[i] * c;
            }
        }

        var det = (ta * tc) - (tb * tb);
        if (!(det > 1e-14 * ta * tc))
        {
            throw new StatisticsInputException(
                "The dropout pattern leaves no information on the slope: no subject has two or more visits.", nameof(lastVisit));
        }

        return ta / det;
    }

    /// <summary>V = σ₀² + (tᵢ+tⱼ)σ₀₁ + tᵢtⱼσ₁², plus σₑ² on the diagonal.</summary>
    internal static double[,] RandomSlopeCovariance(IReadOnlyList<double> t, SlopeVarianceComponents v)
    {
        var k = t.Count;
        var m = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                m[i, j] = v.InterceptVariance + ((t[i] + t[j]) * v.InterceptSlopeCovariance) + (t[i] * t[j] * v.SlopeVariance);
            }

            m[i, i] += v.ResidualVariance;
        }

        return m;
    }

    private static double[,] Cholesky(double[,] v, string name)
    {
        var k = v.GetLength(0);
        var l = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = v[i, j];
                for (var m = 0; m < j; m++)
                {
                    s -= l[i, m] * l[j, m];
                }

                if (i == j)
                {
                    if (!(s > 1e-12 * Math.Abs(v[i, i])))
                    {
                        throw new StatisticsInputException(
                            $"The covariance matrix of the repeated measures is not positive definite (pivot {i + 1}); check the variance components.", name);
                    }

                    l[i, i] = Math.Sqrt(s);
                }
                else
                {
                    l[i, j] = s / l[j, j];
                }
            }
        }

        return l;
    }
}
