namespace Motus.Statistics.Mixed;

/// <summary>Dense helpers for the small (p × p, at most a few dozen) matrices of the mixed-model engine; row-major arrays.</summary>
internal static class SmallMatrix
{
    /// <summary>In-place Cholesky A = LLᵀ of a symmetric positive-definite n × n matrix (lower triangle used and overwritten; upper set to 0). False when not positive definite.</summary>
    public static bool Cholesky(Span<double> a, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var d = a[(j * n) + j];
            for (var k = 0; k < j; k++)
            {
                d -= a[(j * n) + k] * a[(j * n) + k];
            }

            if (!(d > 0))
            {
                return false;
            }

            var ljj = Math.Sqrt(d);
            a[(j * n) + j] = ljj;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= a[(i * n) + k] * a[(j * n) + k];
                }

                a[(i * n) + j] = s / ljj;
            }

            for (var i = 0; i < j; i++)
            {
                a[(i * n) + j] = 0;
            }
        }

        return true;
    }

    /// <summary>Solves Lx = b in place (L lower triangular).</summary>
    public static void SolveLower(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (var i = 0; i < n; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[(i * n) + k] * b[k];
            }

            b[i] = s / l[(i * n) + i];
        }
    }

    /// <summary>Solves Lᵀx = b in place (L lower triangular).</summary>
    public static void SolveLowerTransposed(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (var i = n - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < n; k++)
            {
                s -= l[(k * n) + i] * b[k];
            }

            b[i] = s / l[(i * n) + i];
        }
    }

    /// <summary>(LLᵀ)⁻¹ from the Cholesky factor L, written to <paramref name="inverse"/>.</summary>
    public static void InverseFromCholesky(ReadOnlySpan<double> l, int n, Span<double> inverse)
    {
        Span<double> col = n <= 64 ? stackalloc double[n] : new double[n];
        for (var j = 0; j < n; j++)
        {
            col.Clear();
            col[j] = 1;
            SolveLower(l, n, col);
            SolveLowerTransposed(l, n, col);
            for (var i = 0; i < n; i++)
            {
                inverse[(i * n) + j] = col[i];
            }
        }

        // symmetrise against rounding
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var m = 0.5 * (inverse[(i * n) + j] + inverse[(j * n) + i]);
                inverse[(i * n) + j] = m;
                inverse[(j * n) + i] = m;
            }
        }
    }

    /// <summary>xᵀAy for an n × n matrix A.</summary>
    public static double QuadraticForm(ReadOnlySpan<double> x, ReadOnlySpan<double> a, ReadOnlySpan<double> y, int n)
    {
        var s = 0.0;
        for (var i = 0; i < n; i++)
        {
            var r = 0.0;
            for (var j = 0; j < n; j++)
            {
                r += a[(i * n) + j] * y[j];
            }

            s += x[i] * r;
        }

        return s;
    }

    /// <summary>
    /// Eigen-decomposition of a symmetric n × n matrix by cyclic Jacobi rotations (Golub &amp; Van Loan 2013, §8.5):
    /// eigenvalues ascending, eigenvectors as the columns of a row-major n × n matrix.
    /// </summary>
    public static (double[] Values, double[] Vectors) SymmetricEigen(ReadOnlySpan<double> matrix, int n)
    {
        var a = matrix.ToArray();
        var v = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            v[(i * n) + i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            var scale = 0.0;
            for (var i = 0; i < n; i++)
            {
                scale += a[(i * n) + i] * a[(i * n) + i];
                for (var j = i + 1; j < n; j++)
                {
                    off += a[(i * n) + j] * a[(i * n) + j];
                }
            }

            if (off <= 1e-32 * scale || off == 0)
            {
                break;
            }

            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    var apq = a[(p * n) + q];
                    if (apq == 0)
                    {
                        continue;
                    }

                    var theta = (a[(q * n) + q] - a[(p * n) + p]) / (2 * apq);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[(k * n) + p];
                        var akq = a[(k * n) + q];
                        a[(k * n) + p] = (c * akp) - (s * akq);
                        a[(k * n) + q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[(p * n) + k];
                        var aqk = a[(q * n) + k];
                        a[(p * n) + k] = (c * apk) - (s * aqk);
                        a[(q * n) + k] = (s * apk) + (c * aqk);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[(k * n) + p];
                        var vkq = v[(k * n) + q];
                        v[(k * n) + p] = (c * vkp) - (s * vkq);
                        v[(k * n) + q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        var order = Enumerable.Range(0, n).OrderBy(i => a[(i * n) + i]).ToArray();
        var values = new double[n];
        var vectors = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            values[j] = a[(order[j] * n) + order[j]];
            for (var i = 0; i < n; i++)
            {
                vectors[(i * n) + j] = v[(i * n) + order[j]];
            }
        }

        return (values, vectors);
    }
}
