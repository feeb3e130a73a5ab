namespace Motus.Statistics.Mixed;

/// <summary>Per-pass sums over groups (m × m ones on and above the diagonal; Sₖ upper triangle).</summary>
internal sealed class LmmAccumulators
{
    public LmmAccumulators(int m, int p)
    {
        TrA = new double[m];
        TrH = new double[m];
        UEu = new double[m];
        HAA = new double[m * m];
        HAH = new double[m * m];
        Huu = new double[m * m];
        S = new double[m][];
        V = new double[m][];
        for (var k = 0; k < m; k++)
        {
            S[k] = new double[p * p];
            V[k] = new double[p];
        }
    }

    public double[] TrA { get; }

    public double[] TrH { get; }

    public double[] UEu { get; }

    public double[] HAA { get; }

    public double[] HAH { get; }

    public double[] Huu { get; }

    public double[][] S { get; }

    public double[][] V { get; }
}
