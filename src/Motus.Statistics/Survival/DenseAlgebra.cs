namespace Motus.Statistics.Survival;

/// <summary>Small dense linear algebra on row-major arrays (sizes are numbers of covariates or groups).</summary>
internal static class DenseAlgebra
{
    /// <summary>
    /// Solves A x = b in place by Gaussian elimination with partial pivoting (what R's <c>solve()</c> does through
    /// LAPACK dgesv). <paramref name="a"/> is not modified. False when A is numerically singular.
    /// </summary>
    public static bool TrySolve(ReadOnlySpan<double> a, int n, Span<double> b)
    {
        var m = a.ToArray();
        double maxAbs = 0;
        foreach (var v in m)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(v));
        }

        if (!(maxAbs > 0) || !double.IsFinite(maxAbs))
        {
            return false;
        }

        var tiny = maxAbs * n * 2.220446049250313e-16;
        for (var col = 0; col < n; col++)
        {
            var piv = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[(r * n) + col]) > Math.Abs(m[(piv * n) + col]))
                {
                    piv = r;
                }
            }

            if (Math.Abs(m[(piv * n) + col]) <= tiny)
            {
                return false;
            }

            if (piv != col)
            {
                for (var c = 0; c < n; c++)
                {
                    (m[(col * n) + c], m[(piv * n) + c]) = (m[(piv * n) + c], m[(col * n) + c]);
                }

                (b[col], b[piv]) = (b[piv], b[col]);
            }

            var d = m[(col * n) + col];
            for (var r = col + 1; r < n; r++)
            {
                var f = m[(r * n) + col] / d;
                if (f == 0)
                {
                    continue;
                }

                for (var c = col; c < n; c++)
                {
                    m[(r * n) + c] -= f * m[(col * n) + c];
                }

                b[r] -= f * b[col];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var c = r + 1; c < n; c++)
            {
                sum -= m[(r * n) + c] * b[c];
            }

            b[r] = sum / m[(r * n) + r];
        }

        return true;
    }

    /// <summary>xᵀ A⁻¹ x for a symmetric system, or null when A is singular.</summary>
    public static double? QuadraticFormInverse(ReadOnlySpan<double> a, int n, ReadOnlySpan<double> x)
    {
        var sol = x.ToArray();
        if (!TrySolve(a, n, sol))
        {
            return null;
        }

        double q = 0;
        for (var i = 0; i < n; i++)
        {
            q += sol[i] * x[i];
        }

        return q;
    }
}
