namespace Motus.Statistics.Survival;

/// <summary>
/// The generalised Cholesky routines of R's survival package (cholesky2.c, chsolve2.c, chinv2.c): C = F·D·Fᵀ with
/// unit lower-triangular F; a pivot below <c>tolerance × max diagonal</c> marks its column as redundant (set to 0),
/// which is how coxph detects collinear or constant covariates and returns NA for them. Matrices are n×n row-major;
/// m[i, j] below means m[i·n + j], following the C code's <c>matrix[i][j]</c>.
/// </summary>
internal static class Cholesky2
{
    /// <summary>Factors a symmetric matrix in place; returns the rank (negated if not non-negative definite).</summary>
    public static int Decompose(Span<double> m, int n, double tolerance)
    {
        var nonneg = 1;
        double eps = 0;
        for (var i = 0; i < n; i++)
        {
            if (m[(i * n) + i] > eps)
            {
                eps = m[(i * n) + i];
            }

            for (var j = i + 1; j < n; j++)
            {
                m[(j * n) + i] = m[(i * n) + j];
            }
        }

        if (eps == 0)
        {
            for (var i = 0; i < n; i++)
            {
                m[(i * n) + i] = 0;
            }

            return 0;
        }

        eps *= tolerance;
        var rank = 0;
        for (var i = 0; i < n; i++)
        {
            var pivot = m[(i * n) + i];
            if (!double.IsFinite(pivot) || pivot < eps)
            {
                m[(i * n) + i] = 0;
                if (pivot < -8 * eps)
                {
                    nonneg = -1;
                }
            }
            else
            {
                rank++;
                for (var j = i + 1; j < n; j++)
                {
                    var temp = m[(j * n) + i] / pivot;
                    m[(j * n) + i] = temp;
                    m[(j * n) + j] -= temp * temp * pivot;
                    for (var k = j + 1; k < n; k++)
                    {
                        m[(k * n) + j] -= temp * m[(k * n) + i];
                    }
                }
            }
        }

        return rank * nonneg;
    }

    /// <summary>Solves (F D Fᵀ) b = y in place given the factorisation; redundant columns get 0.</summary>
    public static void Solve(ReadOnlySpan<double> m, int n, Span<double> y)
    {
        for (var i = 0; i < n; i++)
        {
            var temp = y[i];
            for (var j = 0; j < i; j++)
            {
                temp -= y[j] * m[(i * n) + j];
            }

            y[i] = temp;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            if (m[(i * n) + i] == 0)
            {
                y[i] = 0;
            }
            else
            {
                var temp = y[i] / m[(i * n) + i];
                for (var j = i + 1; j < n; j++)
                {
                    temp -= y[j] * m[(j * n) + i];
                }

                y[i] = temp;
            }
        }
    }

    /// <summary>
    /// Replaces the factorisation by the (generalised) inverse of the original matrix, full and symmetric; rows
    /// and columns of redundant variables are 0.
    /// </summary>
    public static void Invert(Span<double> m, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (m[(i * n) + i] > 0)
            {
                m[(i * n) + i] = 1 / m[(i * n) + i];
                for (var j = i + 1; j < n; j++)
                {
                    m[(j * n) + i] = -m[(j * n) + i];
                    for (var k = 0; k < i; k++)
                    {
                        m[(j * n) + k] += m[(j * n) + i] * m[(i * n) + k];
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (m[(i * n) + i] == 0)
            {
                for (var j = 0; j < i; j++)
                {
                    m[(j * n) + i] = 0;
                }

                for (var j = i; j < n; j++)
                {
                    m[(i * n) + j] = 0;
                }
            }
            else
            {
                for (var j = i + 1; j < n; j++)
                {
                    var temp = m[(j * n) + i] * m[(j * n) + j];
                    m[(i * n) + j] = temp;
                    for (var k = i; k < j; k++)
                    {
                        m[(i * n) + k] += temp * m[(j * n) + k];
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                m[(i * n) + j] = m[(j * n) + i];
            }
        }
    }

    /// <summary>
    /// bᵀ V⁻ b with V factored by <see cref="Decompose"/> at <paramref name="tolerance"/>, and its degrees of freedom
    /// (the rank); R's <c>coxph.wtest</c>.
    /// </summary>
    public static (double Statistic, int Df) QuadraticForm(ReadOnlySpan<double> v, int n, ReadOnlySpan<double> b, double tolerance)
    {
        var f = v.ToArray();
        Decompose(f, n, tolerance);
        var df = 0;
        for (var i = 0; i < n; i++)
        {
            if (f[(i * n) + i] > 0)
            {
                df++;
            }
        }

        var sol = b.ToArray();
        Solve(f, n, sol);
        double q = 0;
        for (var i = 0; i < n; i++)
        {
            q += b[i] * sol[i];
        }

        return (q, df);
    }
}
