namespace Motus.Statistics.Survival;

/// <summary>The risk-set sweep of <see cref="CoxEngine"/>.</summary>
internal sealed partial class CoxEngine
{
    /// <summary>
    /// Log partial likelihood at <paramref name="beta"/> (internal scale) with its score vector and information
    /// matrix (p×p, full, row-major), optionally recording per-event-time summaries.
    /// </summary>
    /// <remarks>
    /// Thread-safe: the scratch buffers are shared, so sweeps on one engine (a fit's residuals, baseline hazard and PH
    /// test may be requested concurrently) run one at a time.
    /// </remarks>
    public double Sweep(ReadOnlySpan<double> beta, Span<double> u, Span<double> imat, CoxEventRecord? record)
    {
        lock (_gate)
        {
            var loglik = SweepCore(beta, u, imat, record);
            if (record is not null)
            {
                _eta.CopyTo(record.Eta, 0);
            }

            return loglik;
        }
    }

    private double SweepCore(ReadOnlySpan<double> beta, Span<double> u, Span<double> imat, CoxEventRecord? record)
    {
        var p = P;
        var x = X;
        for (var k = 0; k < N; k++)
        {
            double eta = 0;
            var row = x.AsSpan(k * p, p);
            for (var j = 0; j < p; j++)
            {
                eta += beta[j] * row[j];
            }

            _eta[k] = eta;
            _risk[k] = Math.Exp(eta) * Weight[k];
        }

        u.Clear();
        imat.Clear();
        var a = _a.AsSpan();
        var a2 = _a2.AsSpan();
        var cmat = _cmat.AsSpan();
        var cmat2 = _cmat2.AsSpan();
        double[]? uSnap = null, iSnap = null;
        if (record?.Score is not null)
        {
            uSnap = new double[p];
            iSnap = new double[p * p];
        }

        double loglik = 0;
        var e = 0;
        for (var s = 0; s < StrataCount; s++)
        {
            var lo = StratumStart[s];
            var hi = StratumStart[s + 1];
            double denom = 0;
            a.Clear();
            cmat.Clear();
            var inMain = 0;
            var person = lo;
            var rem = lo;
            while (true)
            {
                var k = person;
                while (k < hi && !Event[k])
                {
                    k++;
                }

                if (k == hi)
                {
                    break;
                }

                var dtime = Stop[k];
                if (uSnap is not null)
                {
                    u.CopyTo(uSnap);
                    imat.CopyTo(iSnap);
                }

                var deaths = 0;
                double dW = 0, denom2 = 0;
                a2.Clear();
                cmat2.Clear();
                for (; person < hi && Stop[person] >= dtime; person++)
                {
                    var r = _risk[person];
                    var row = x.AsSpan(person * p, p);
                    if (Event[person])
                    {
                        var w = Weight[person];
                        deaths++;
                        dW += w;
                        denom2 += r;
                        loglik += w * _eta[person];
                        if (record is not null)
                        {
                            record.EventOf[person] = e;
                        }

                        for (var i = 0; i < p; i++)
                        {
                            u[i] += w * row[i];
                            a2[i] += r * row[i];
                            var ri = r * row[i];
                            for (var j = 0; j <= i; j++)
                            {
                                cmat2[(i * p) + j] += ri * row[j];
                            }
                        }
                    }
                    else
                    {
                        inMain++;
                        denom += r;
                        for (var i = 0; i < p; i++)
                        {
                            var ri = r * row[i];
                            a[i] += ri;
                            for (var j = 0; j <= i; j++)
                            {
                                cmat[(i * p) + j] += ri * row[j];
                            }
                        }
                    }
                }

                if (Counting)
                {
                    for (; rem < hi && Start[StartOrder[rem]] >= dtime; rem++)
                    {
                        var q = StartOrder[rem];
                        inMain--;
                        if (inMain == 0)
                        {
                            // Everyone earlier in the sweep has left: restart the sums rather than carry rounding.
                            denom = 0;
                            a.Clear();
                            cmat.Clear();
                            continue;
                        }

                        var r = _risk[q];
                        denom -= r;
                        var row = x.AsSpan(q * p, p);
                        for (var i = 0; i < p; i++)
                        {
                            var ri = r * row[i];
                            a[i] -= ri;
                            for (var j = 0; j <= i; j++)
                            {
                                cmat[(i * p) + j] -= ri * row[j];
                            }
                        }
                    }
                }

                if (!Efron || deaths == 1)
                {
                    denom += denom2;
                    loglik -= dW * Math.Log(denom);
                    for (var i = 0; i < p; i++)
                    {
                        a[i] += a2[i];
                        var mean = a[i] / denom;
                        u[i] -= dW * mean;
                        for (var j = 0; j <= i; j++)
                        {
                            cmat[(i * p) + j] += cmat2[(i * p) + j];
                            imat[(i * p) + j] += dW * (cmat[(i * p) + j] - (mean * a[j])) / denom;
                        }
                    }
                }
                else
                {
                    var wtave = dW / deaths;
                    for (var kk = 0; kk < deaths; kk++)
                    {
                        denom += denom2 / deaths;
                        loglik -= wtave * Math.Log(denom);
                        for (var i = 0; i < p; i++)
                        {
                            a[i] += a2[i] / deaths;
                            var mean = a[i] / denom;
                            u[i] -= wtave * mean;
                            for (var j = 0; j <= i; j++)
                            {
                                cmat[(i * p) + j] += cmat2[(i * p) + j] / deaths;
                                imat[(i * p) + j] += wtave * (cmat[(i * p) + j] - (mean * a[j])) / denom;
                            }
                        }
                    }
                }

                inMain += deaths;
                if (record is not null)
                {
                    record.Capture(e, s, dtime, deaths, dW, denom, denom2, _a, _a2, Efron, uSnap, iSnap, u, imat);
                }

                e++;
            }
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                imat[(j * p) + i] = imat[(i * p) + j];
            }
        }

        if (record is not null)
        {
            record.Count = e;
        }

        return loglik;
    }
}
