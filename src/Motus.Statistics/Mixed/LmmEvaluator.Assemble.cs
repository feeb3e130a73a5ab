namespace Motus.Statistics.Mixed;

/// <summary>Turns the per-group sums of the second pass into the D-derivatives.</summary>
internal sealed partial class LmmEvaluator
{
    private void Assemble(LmmDerivatives o, LmmAccumulators acc)
    {
        var p = _d.P;
        var pp = p * p;
        var m = M;
        var cs = new double[m][]; // C·Sₖ
        for (var k = 0; k < m; k++)
        {
            var sk = o.S[k];
            var src = acc.S[k];
            for (var j = 0; j < p; j++)
            {
                for (var l = j; l < p; l++)
                {
                    sk[(j * p) + l] = src[(j * p) + l];
                    sk[(l * p) + j] = src[(j * p) + l];
                }
            }

            o.GradLogDet[k] = Reml ? acc.TrA[k] - acc.TrH[k] : acc.TrA[k];
            o.GradRss[k] = -acc.UEu[k];
            cs[k] = new double[pp];
            for (var i = 0; i < p; i++)
            {
                for (var j = 0; j < p; j++)
                {
                    var s = 0.0;
                    for (var t = 0; t < p; t++)
                    {
                        s += C[(i * p) + t] * sk[(t * p) + j];
                    }

                    cs[k][(i * p) + j] = s;
                }
            }
        }

        for (var k = 0; k < m; k++)
        {
            for (var l = k; l < m; l++)
            {
                var hAA = acc.HAA[(k * m) + l];
                var hAH = acc.HAH[(k * m) + l];
                var huu = acc.Huu[(k * m) + l];
                var trCSCS = 0.0;
                for (var i = 0; i < p; i++)
                {
                    for (var j = 0; j < p; j++)
                    {
                        trCSCS += cs[k][(i * p) + j] * cs[l][(j * p) + i];
                    }
                }

                var vCv = SmallMatrix.QuadraticForm(acc.V[k], C, acc.V[l], p);
                var hl = Reml ? -hAA + (2 * hAH) - trCSCS : -hAA;
                var hq = 2 * (huu - vCv);
                o.HessLogDet[(k * m) + l] = hl;
                o.HessLogDet[(l * m) + k] = hl;
                o.HessRss[(k * m) + l] = hq;
                o.HessRss[(l * m) + k] = hq;
            }
        }
    }
}
