namespace Motus.Statistics.Regression;

/// <summary>
/// Householder QR with R's limited column pivoting (LINPACK <c>dqrdc2</c>, used by <c>lm()</c> and <c>qr()</c>): a column
/// whose norm, after removing its projection on the columns already accepted, falls below <c>tol</c> times its original
/// norm is moved to the right-hand edge and not used. The accepted columns keep their order, so the aliased coefficient
/// of a collinear set is always the later one, exactly as lm reports NA. Reduced column norms are recomputed rather than
/// downdated (dqrdc2 downdates them), which can only differ from R for a column whose reduced norm is within rounding of
/// the threshold.
/// </summary>
internal sealed class PivotedQr
{
    private readonly double[] _a; // column-major n × p: R on and above the diagonal, Householder vectors below
    private readonly double[] _tau;

    private PivotedQr(double[] a, int n, int p, double[] tau, int[] pivot, int rank)
    {
        _a = a;
        N = n;
        P = p;
        _tau = tau;
        Pivot = pivot;
        Rank = rank;
    }

    /// <summary>Rows.</summary>
    public int N { get; }

    /// <summary>Columns.</summary>
    public int P { get; }

    /// <summary>Original index of the column in each position; the first <see cref="Rank"/> are the accepted columns.</summary>
    public int[] Pivot { get; }

    /// <summary>Number of accepted (linearly independent) columns.</summary>
    public int Rank { get; }

    /// <summary>Element (i, j) of R, 0 ≤ i ≤ j &lt; Rank.</summary>
    public double R(int i, int j) => _a[(j * N) + i];

    /// <summary>Decomposes the column-major n × p matrix <paramref name="a"/>, which it takes over and overwrites.</summary>
    public static PivotedQr Decompose(double[] a, int n, int p, double tol)
    {
        var pivot = new int[p];
        var origNorm = new double[p];
        var norm = new double[p];
        for (var j = 0; j < p; j++)
        {
            pivot[j] = j;
            norm[j] = Norm(a.AsSpan(j * n, n));
            origNorm[j] = norm[j] == 0 ? 1.0 : norm[j];
        }

        var tau = new double[p];
        var k = p; // columns not yet moved to the right edge
        var lup = Math.Min(n, p);
        var tmp = new double[n];
        for (var l = 0; l < lup; l++)
        {
            // cycle negligible columns to the right edge (dqrdc2's loop at label 80)
            while (l < k && norm[l] < origNorm[l] * tol)
            {
                a.AsSpan(l * n, n).CopyTo(tmp);
                Array.Copy(a, (l + 1) * n, a, l * n, (p - l - 1) * n);
                tmp.CopyTo(a, (p - 1) * n);
                Rotate(pivot, l);
                Rotate(norm, l);
                Rotate(origNorm, l);
                k--;
            }

            if (l >= k || l == n - 1)
            {
                continue;
            }

            var col = a.AsSpan(l * n, n);
            var xnorm = Norm(col[l..]);
            if (xnorm == 0)
            {
                continue;
            }

            var x0 = col[l];
            var beta = x0 >= 0 ? -xnorm : xnorm;
            tau[l] = (beta - x0) / beta;
            var scale = 1.0 / (x0 - beta);
            for (var i = l + 1; i < n; i++)
            {
                col[i] *= scale;
            }

            col[l] = beta;
            for (var j = l + 1; j < p; j++)
            {
                var cj = a.AsSpan(j * n, n);
                ApplyReflector(col, tau[l], l, cj);
                norm[j] = Norm(cj[(l + 1)..]);
            }
        }

        return new PivotedQr(a, n, p, tau, pivot, Math.Min(k, n));
    }

    /// <summary>y ← Qᵀy.</summary>
    public void QtMultiply(Span<double> y)
    {
        var steps = Math.Min(Rank, N - 1);
        for (var l = 0; l < steps; l++)
        {
            ApplyReflector(_a.AsSpan(l * N, N), _tau[l], l, y);
        }
    }

    /// <summary>y ← Qy.</summary>
    public void QMultiply(Span<double> y)
    {
        var steps = Math.Min(Rank, N - 1);
        for (var l = steps - 1; l >= 0; l--)
        {
            ApplyReflector(_a.AsSpan(l * N, N), _tau[l], l, y);
        }
    }

    /// <summary>Solves R[0..r, 0..r]·b = c[0..r] for the accepted columns, r = Rank.</summary>
    public double[] SolveR(ReadOnlySpan<double> c)
    {
        var r = Rank;
        var b = new double[r];
        for (var i = r - 1; i >= 0; i--)
        {
            var s = c[i];
            for (var j = i + 1; j < r; j++)
            {
                s -= R(i, j) * b[j];
            }

            b[i] = s / R(i, i);
        }

        return b;
    }

    /// <summary>(RᵀR)⁻¹ for the accepted columns (r × r, row-major, in pivot order): the unscaled covariance.</summary>
    public double[] UnscaledCovariance()
    {
        var r = Rank;
        var rinv = new double[r * r]; // upper triangular, row-major
        for (var j = 0; j < r; j++)
        {
            rinv[(j * r) + j] = 1.0 / R(j, j);
            for (var i = j - 1; i >= 0; i--)
            {
                var s = 0.0;
                for (var m = i + 1; m <= j; m++)
                {
                    s += R(i, m) * rinv[(m * r) + j];
                }

                rinv[(i * r) + j] = -s / R(i, i);
            }
        }

        var cov = new double[r * r];
        for (var i = 0; i < r; i++)
        {
            for (var j = i; j < r; j++)
            {
                var s = 0.0;
                for (var m = j; m < r; m++)
                {
                    s += rinv[(i * r) + m] * rinv[(j * r) + m];
                }

                cov[(i * r) + j] = s;
                cov[(j * r) + i] = s;
            }
        }

        return cov;
    }

    private static void ApplyReflector(ReadOnlySpan<double> v, double tau, int l, Span<double> c)
    {
        if (tau == 0)
        {
            return;
        }

        var w = c[l];
        for (var i = l + 1; i < v.Length; i++)
        {
            w += v[i] * c[i];
        }

        w *= tau;
        c[l] -= w;
        for (var i = l + 1; i < v.Length; i++)
        {
            c[i] -= w * v[i];
        }
    }

    private static double Norm(ReadOnlySpan<double> x)
    {
        // scaled two-norm, safe from overflow and underflow like BLAS dnrm2
        var scale = 0.0;
        var ssq = 1.0;
        foreach (var v in x)
        {
            if (v != 0)
            {
                var a = Math.Abs(v);
                if (scale < a)
                {
                    ssq = 1 + (ssq * (scale / a) * (scale / a));
                    scale = a;
                }
                else
                {
                    ssq += (a / scale) * (a / scale);
                }
            }
        }

        return scale * Math.Sqrt(ssq);
    }

    private static void Rotate<T>(T[] x, int l)
    {
        var t = x[l];
        Array.Copy(x, l + 1, x, l, x.Length - l - 1);
        x[^1] = t;
    }
}
