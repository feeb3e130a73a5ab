namespace Motus.Statistics.Mixed;

/// <summary>The conditional modes (BLUPs) pass.</summary>
internal sealed partial class LmmEvaluator
{
    /// <summary>
    /// Conditional modes b̂ᵢ = ΛMᵢ⁻¹ΛᵀZᵢᵀ(yᵢ − Xᵢβ̂) = RᵢᵀRᵢZᵢᵀ(yᵢ − Xᵢβ̂), Mᵢ = ΛᵀZᵢᵀZᵢΛ + I, and their conditional
    /// SDs √diag(σ²RᵢᵀRᵢ), after <see cref="Evaluate"/> at θ. Outputs are G × q row-major.
    /// </summary>
    public void ConditionalModes(ReadOnlySpan<double> theta, double sigma, double[] modes, double[] condSd)
    {
        var p = _d.P;
        var q = _d.Q;
        var zz = _d.Zz;
        var zx = _d.Zx;
        var zy = _d.Zy;
        for (var i = 0; i < _d.G; i++)
        {
            if (q == 1)
            {
                var l = theta[0];
                var r = l / Math.Sqrt(1 + (l * l * zz[i]));
                var w = zy[i];
                for (var j = 0; j < p; j++)
                {
                    w -= zx[(i * p) + j] * Beta[j];
                }

                modes[i] = r * r * w;
                condSd[i] = sigma * Math.Abs(r);
                continue;
            }

            double l11 = theta[0], l21 = theta[1], l22 = theta[2];
            var g11 = zz[3 * i];
            var g12 = zz[(3 * i) + 1];
            var g22 = zz[(3 * i) + 2];
            var bb = (l11 * g12) + (l21 * g22);
            var s11 = (l11 * ((l11 * g11) + (l21 * g12))) + (l21 * bb);
            var s12 = l22 * bb;
            var s22 = l22 * l22 * g22;
            var ll11 = Math.Sqrt(1 + s11);
            var ll21 = s12 / ll11;
            var ll22 = Math.Sqrt(1 + s22 - (ll21 * ll21));
            var r00 = l11 / ll11;
            var r01 = l21 / ll11;
            var r10 = -ll21 * r00 / ll22;
            var r11 = (l22 - (ll21 * r01)) / ll22;
            var off = 2 * i * p;
            double w0 = zy[2 * i], w1 = zy[(2 * i) + 1];
            for (var j = 0; j < p; j++)
            {
                w0 -= zx[off + j] * Beta[j];
                w1 -= zx[off + p + j] * Beta[j];
            }

            var rw0 = (r00 * w0) + (r01 * w1);
            var rw1 = (r10 * w0) + (r11 * w1);
            modes[2 * i] = (r00 * rw0) + (r10 * rw1);
            modes[(2 * i) + 1] = (r01 * rw0) + (r11 * rw1);
            condSd[2 * i] = sigma * Math.Sqrt((r00 * r00) + (r10 * r10));
            condSd[(2 * i) + 1] = sigma * Math.Sqrt((r01 * r01) + (r11 * r11));
        }
    }
}
