namespace Motus.Statistics.Mixed;

/// <summary>
/// The per-group sufficient statistics of a one-factor linear mixed model, computed once in one pass over the rows:
/// ZᵢᵀZᵢ, ZᵢᵀXᵢ, Zᵢᵀyᵢ per group and the global XᵀX, Xᵀy, yᵀy. Every deviance evaluation then costs O(G·q·p²), never
/// touching the N rows again (Bates et al. 2015, J Stat Softw 67(1), §3, specialised to a block-diagonal ZᵀZ).
/// </summary>
internal sealed class LmmData
{
    private LmmData(int n, int p, int q, int g)
    {
        N = n;
        P = p;
        Q = q;
        G = g;
        Zz = new double[checked(g * ZzSize)];
        Zx = new double[checked(g * q * p)];
        Zy = new double[checked(g * q)];
        Xtx = new double[p * p];
        Xty = new double[p];
    }

    /// <summary>Observations.</summary>
    public int N { get; }

    /// <summary>Fixed-effect columns (estimable ones only).</summary>
    public int P { get; }

    /// <summary>Random effects per group (1 or 2).</summary>
    public int Q { get; }

    /// <summary>Groups.</summary>
    public int G { get; }

    /// <summary>Stored entries of ZᵢᵀZᵢ: [n] for q = 1, [n, Σt, Σt²] for q = 2.</summary>
    public int ZzSize => Q == 1 ? 1 : 3;

    /// <summary>ZᵢᵀZᵢ per group.</summary>
    public double[] Zz { get; }

    /// <summary>ZᵢᵀXᵢ per group, q × p row-major.</summary>
    public double[] Zx { get; }

    /// <summary>Zᵢᵀyᵢ per group.</summary>
    public double[] Zy { get; }

    /// <summary>XᵀX, p × p row-major (full).</summary>
    public double[] Xtx { get; }

    /// <summary>Xᵀy.</summary>
    public double[] Xty { get; }

    /// <summary>yᵀy.</summary>
    public double Yty { get; private set; }

    /// <summary>Builds the statistics of y − <paramref name="shift"/>. <paramref name="x"/> is column-major N × p.</summary>
    public static LmmData Build(ReadOnlySpan<double> y, double shift, double[] x, int p, int[] groupOfRow, int groupCount, double[]? time)
    {
        var n = y.Length;
        var q = time is null ? 1 : 2;
        var d = new LmmData(n, p, q, groupCount);
        Span<double> xr = p <= 256 ? stackalloc double[p] : new double[p];
        var yty = 0.0;
        for (var r = 0; r < n; r++)
        {
            var g = groupOfRow[r];
            var yr = y[r] - shift;
            for (var j = 0; j < p; j++)
            {
                xr[j] = x[(j * n) + r];
            }

            yty += yr * yr;
            for (var j = 0; j < p; j++)
            {
                var xj = xr[j];
                d.Xty[j] += xj * yr;
                for (var k = j; k < p; k++)
                {
                    d.Xtx[(j * p) + k] += xj * xr[k];
                }
            }

            var zx = d.Zx.AsSpan(g * q * p, q * p);
            if (q == 1)
            {
                d.Zz[g] += 1;
                d.Zy[g] += yr;
                for (var j = 0; j < p; j++)
                {
                    zx[j] += xr[j];
                }
            }
            else
            {
                var t = time![r];
                d.Zz[3 * g] += 1;
                d.Zz[(3 * g) + 1] += t;
                d.Zz[(3 * g) + 2] += t * t;
                d.Zy[2 * g] += yr;
                d.Zy[(2 * g) + 1] += t * yr;
                for (var j = 0; j < p; j++)
                {
                    zx[j] += xr[j];
                    zx[p + j] += t * xr[j];
                }
            }
        }

        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < j; k++)
            {
                d.Xtx[(j * p) + k] = d.Xtx[(k * p) + j];
            }
        }

        d.Yty = yty;
        return d;
    }
}
