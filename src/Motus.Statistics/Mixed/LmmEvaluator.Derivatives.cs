namespace Motus.Statistics.Mixed;

/// <summary>
/// The second pass: exact derivatives in D = ΛΛᵀ, and the conditional modes. Per group, with Bates' Lᵢ and
/// Rᵢ = Lᵢ⁻¹Λᵀ (so ΛMᵢ⁻¹Λᵀ = RᵢᵀRᵢ): Aᵢ = ZᵢᵀVᵢ⁻¹Zᵢ = Gᵢ − (RᵢGᵢ)ᵀ(RᵢGᵢ), Bᵢ = ZᵢᵀVᵢ⁻¹Xᵢ = Fᵢ − (RᵢGᵢ)ᵀ(RᵢFᵢ),
/// uᵢ = ZᵢᵀVᵢ⁻¹(yᵢ − Xᵢβ̂), Hᵢ = BᵢCBᵢᵀ (all relative to σ², Gᵢ = ZᵢᵀZᵢ, Fᵢ = ZᵢᵀXᵢ). With Wₖ = Z(I ⊗ Eₖ)Zᵀ and P the
/// REML projection, every trace reduces to q × q products:
/// tr(PWₖ) = Σtr(AᵢEₖ) − Σtr(HᵢEₖ); yᵀPWₖPy = ΣuᵢᵀEₖuᵢ;
/// tr(PWₖPWₗ) = Σtr(AᵢEₖAᵢEₗ) − 2Σtr(AᵢEₖHᵢEₗ) + tr(CSₖCSₗ); yᵀPWₖPWₗPy = ΣuᵢᵀEₖAᵢEₗuᵢ − vₖᵀCvₗ, vₖ = ΣBᵢᵀEₖuᵢ.
/// </summary>
internal sealed partial class LmmEvaluator
{
    /// <summary>
    /// Fills <paramref name="o"/> with the exact derivatives at θ. Must follow <see cref="Evaluate"/> at the same θ (it
    /// uses β̂ and R_X from that pass).
    /// </summary>
    public void Derivatives(ReadOnlySpan<double> theta, LmmDerivatives o)
    {
        var p = _d.P;
        var m = M;
        SmallMatrix.InverseFromCholesky(Lx, p, C);
        var acc = new LmmAccumulators(m, p);
        if (_d.Q == 1)
        {
            Pass2Intercept(theta[0], acc);
        }
        else
        {
            Pass2Slope(theta[0], theta[1], theta[2], acc);
        }

        Assemble(o, acc);
    }

    private void Pass2Intercept(double l, LmmAccumulators acc)
    {
        var p = _d.P;
        var zz = _d.Zz;
        var zx = _d.Zx;
        var zy = _d.Zy;
        var beta = Beta;
        var c = C;
        var b = _w0;
        var s0 = acc.S[0];
        var v0 = acc.V[0];
        double trA = 0, trH = 0, uu = 0, aa = 0, ha = 0, uau = 0;
        for (var i = 0; i < _d.G; i++)
        {
            var g = zz[i];
            var r = l / Math.Sqrt(1 + (l * l * g)); // R = L⁻¹Λᵀ
            var rg = r * g;
            var a = g - (rg * rg);
            var rgr = rg * r;
            var u = zy[i] - (rgr * zy[i]);
            var off = i * p;
            for (var j = 0; j < p; j++)
            {
                var bj = zx[off + j] - (rgr * zx[off + j]);
                b[j] = bj;
                u -= bj * beta[j];
            }

            var h = SmallMatrix.QuadraticForm(b, c, b, p);
            trA += a;
            trH += h;
            uu += u * u;
            aa += a * a;
            ha += h * a;
            uau += u * a * u;
            for (var j = 0; j < p; j++)
            {
                var bj = b[j];
                v0[j] += bj * u;
                for (var k = j; k < p; k++)
                {
                    s0[(j * p) + k] += bj * b[k];
                }
            }
        }

        acc.TrA[0] = trA;
        acc.TrH[0] = trH;
        acc.UEu[0] = uu;
        acc.HAA[0] = aa;
        acc.HAH[0] = ha;
        acc.Huu[0] = uau;
    }

    private void Pass2Slope(double l11, double l21, double l22, LmmAccumulators acc)
    {
        var p = _d.P;
        var zz = _d.Zz;
        var zx = _d.Zx;
        var zy = _d.Zy;
        var beta = Beta;
        var c = C;
        var b0 = _w0;
        var b1 = _w1;
        var bc0 = _w2;
        var bc1 = _w3;
        var s0 = acc.S[0];
        var s1 = acc.S[1];
        var s2 = acc.S[2];
        var v0 = acc.V[0];
        var v1 = acc.V[1];
        var v2 = acc.V[2];
        var tA = acc.TrA;
        var tH = acc.TrH;
        var tu = acc.UEu;
        var hAA = acc.HAA;
        var hAH = acc.HAH;
        var huu = acc.Huu;
        for (var i = 0; i < _d.G; i++)
        {
            var g11 = zz[3 * i];
            var g12 = zz[(3 * i) + 1];
            var g22 = zz[(3 * i) + 2];

            // L = chol(ΛᵀGΛ + I); R = L⁻¹Λᵀ, Λᵀ = [[l11, l21], [0, l22]]
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

            // RG, then A = G − RGᵀRG
            var rg00 = (r00 * g11) + (r01 * g12);
            var rg01 = (r00 * g12) + (r01 * g22);
            var rg10 = (r10 * g11) + (r11 * g12);
            var rg11 = (r10 * g12) + (r11 * g22);
            var a00 = g11 - ((rg00 * rg00) + (rg10 * rg10));
            var a01 = g12 - ((rg00 * rg01) + (rg10 * rg11));
            var a11 = g22 - ((rg01 * rg01) + (rg11 * rg11));

            // u = g − RGᵀRg − Bβ, B = F − RGᵀRF
            var y0 = zy[2 * i];
            var y1 = zy[(2 * i) + 1];
            var ry0 = (r00 * y0) + (r01 * y1);
            var ry1 = (r10 * y0) + (r11 * y1);
            var u0 = y0 - ((rg00 * ry0) + (rg10 * ry1));
            var u1 = y1 - ((rg01 * ry0) + (rg11 * ry1));
            var off = 2 * i * p;
            for (var j = 0; j < p; j++)
            {
                var f0 = zx[off + j];
                var f1 = zx[off + p + j];
                var rf0 = (r00 * f0) + (r01 * f1);
                var rf1 = (r10 * f0) + (r11 * f1);
                var e0 = f0 - ((rg00 * rf0) + (rg10 * rf1));
                var e1 = f1 - ((rg01 * rf0) + (rg11 * rf1));
                b0[j] = e0;
                b1[j] = e1;
                u0 -= e0 * beta[j];
                u1 -= e1 * beta[j];
            }

            // H = BCBᵀ
            for (var j = 0; j < p; j++)
            {
                double x0 = 0, x1 = 0;
                var crow = j * p;
                for (var k = 0; k < p; k++)
                {
                    var ck = c[crow + k];
                    x0 += ck * b0[k];
                    x1 += ck * b1[k];
                }

                bc0[j] = x0;
                bc1[j] = x1;
            }

            double h00 = 0, h01 = 0, h11 = 0;
            for (var j = 0; j < p; j++)
            {
                h00 += bc0[j] * b0[j];
                h01 += bc0[j] * b1[j];
                h11 += bc1[j] * b1[j];
            }

            // D parameters d = (D11, D21, D22): E₀ = e₁e₁ᵀ, E₁ = e₁e₂ᵀ + e₂e₁ᵀ, E₂ = e₂e₂ᵀ
            tA[0] += a00;
            tA[1] += 2 * a01;
            tA[2] += a11;
            tH[0] += h00;
            tH[1] += 2 * h01;
            tH[2] += h11;
            tu[0] += u0 * u0;
            tu[1] += 2 * u0 * u1;
            tu[2] += u1 * u1;

            // tr(AEₖAEₗ), tr(AEₖHEₗ), uᵀEₖAEₗu (symmetric in k, l; upper triangle, row-major 3 × 3)
            hAA[0] += a00 * a00;
            hAA[1] += 2 * a00 * a01;
            hAA[2] += a01 * a01;
            hAA[4] += 2 * ((a01 * a01) + (a00 * a11));
            hAA[5] += 2 * a01 * a11;
            hAA[8] += a11 * a11;
            hAH[0] += h00 * a00;
            hAH[1] += (h00 * a01) + (h01 * a00);
            hAH[2] += h01 * a01;
            hAH[4] += (2 * h01 * a01) + (h11 * a00) + (h00 * a11);
            hAH[5] += (h11 * a01) + (h01 * a11);
            hAH[8] += h11 * a11;
            var uu00 = u0 * u0;
            var uu01 = u0 * u1;
            var uu11 = u1 * u1;
            huu[0] += a00 * uu00;
            huu[1] += (a00 * uu01) + (a01 * uu00);
            huu[2] += a01 * uu01;
            huu[4] += (2 * a01 * uu01) + (a11 * uu00) + (a00 * uu11);
            huu[5] += (a11 * uu01) + (a01 * uu11);
            huu[8] += a11 * uu11;

            // Sₖ = ΣBᵀEₖB (upper triangle) and vₖ = ΣBᵀEₖu
            for (var j = 0; j < p; j++)
            {
                var e0 = b0[j];
                var e1 = b1[j];
                v0[j] += e0 * u0;
                v1[j] += (e0 * u1) + (e1 * u0);
                v2[j] += e1 * u1;
                var row = j * p;
                for (var k = j; k < p; k++)
                {
                    var f0 = b0[k];
                    var f1 = b1[k];
                    s0[row + k] += e0 * f0;
                    s1[row + k] += (e0 * f1) + (e1 * f0);
                    s2[row + k] += e1 * f1;
                }
            }
        }
    }
}
