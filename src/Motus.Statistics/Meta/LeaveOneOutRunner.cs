using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>The k refits of leave-one-out, reusing two buffers of length k − 1.</summary>
internal static class LeaveOneOutRunner
{
    internal static LeaveOneOutResult Run(ReadOnlySpan<double> yi, ReadOnlySpan<double> vi, MetaAnalysisOptions options)
    {
        var k = yi.Length;
        var y = new double[k - 1];
        var v = new double[k - 1];
        var est = new double[k];
        var se = new double[k];
        var stat = new double[k];
        var p = new double[k];
        var lo = new double[k];
        var hi = new double[k];
        var q = new double[k];
        var qp = new double[k];
        var tau2 = new double[k];
        var i2 = new double[k];
        var h2 = new double[k];
        var warnings = new List<string>();
        var converged = true;
        var iterations = 0;
        for (var i = 0; i < k; i++)
        {
            yi[..i].CopyTo(y);
            yi[(i + 1)..].CopyTo(y.AsSpan(i));
            vi[..i].CopyTo(v);
            vi[(i + 1)..].CopyTo(v.AsSpan(i));
            var fit = MetaFitter.Fit(y, v, options);
            est[i] = fit.Estimate;
            se[i] = fit.StandardError;
            stat[i] = fit.Statistic;
            p[i] = fit.PValue;
            lo[i] = fit.CiLower;
            hi[i] = fit.CiUpper;
            q[i] = fit.Q ?? 0;
            qp[i] = fit.QPValue ?? 1;
            tau2[i] = fit.Tau2;
            i2[i] = fit.I2 ?? 0;
            h2[i] = fit.H2 ?? 1;
            converged &= fit.Diagnostics.Converged;
            iterations += fit.Diagnostics.Iterations;
            foreach (var w in fit.Diagnostics.Warnings)
            {
                warnings.Add($"Without study {i}: {w}");
            }
        }

        return new LeaveOneOutResult(options, est, se, stat, p, lo, hi, q, qp, tau2, i2, h2, new FitDiagnostics(converged, iterations, warnings));
    }
}
