using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Regression;

/// <summary>
/// Ordinary least squares by Householder QR with R's limited pivoting (Golub &amp; Van Loan 2013, §5.2; LINPACK dqrdc2).
/// R: <c>lm(y ~ x)</c> and <c>summary.lm</c>. A collinear design does not fail: the later of the aliased columns is reported
/// as not estimable (null, with a warning), exactly as lm reports NA. See docs/methods/ols.md.
/// </summary>
public static class LinearRegression
{
    /// <summary>lm's default rank tolerance, <c>tol = 1e-7</c>.</summary>
    public const double DefaultRankTolerance = 1e-7;

    /// <summary>
    /// Fits y = Xβ + ε by least squares. Throws <see cref="StatisticsInputException"/> when y is empty or not finite, or its
    /// length differs from the design's row count.
    /// </summary>
    /// <param name="y">Response, one value per row of <paramref name="x"/>.</param>
    /// <param name="x">Predictor columns (no intercept column; see <paramref name="intercept"/>).</param>
    /// <param name="intercept">Add an intercept column named <c>(Intercept)</c>. Default true (R's <c>y ~ x</c>; false is <c>y ~ 0 + x</c>).</param>
    /// <param name="rankTolerance">A column is aliased when its norm after projection on earlier columns is below this fraction of its own norm. Default 1e-7 (lm's <c>tol</c>).</param>
    public static LinearRegressionResult Fit(double[] y, DesignMatrix x, bool intercept = true, double rankTolerance = DefaultRankTolerance)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(x);
        if (y.Length == 0)
        {
            throw new StatisticsInputException("y is empty: a regression needs at least one observation.", nameof(y));
        }

        Guard.SameLength((nameof(y), y.Length), ("x rows", x.RowCount));
        Guard.Finite(y, nameof(y));
        if (!(rankTolerance > 0 && rankTolerance < 1))
        {
            throw new StatisticsInputException($"rankTolerance = {rankTolerance}: must be strictly between 0 and 1.", nameof(rankTolerance));
        }

        var n = y.Length;
        var (a, names) = x.WithIntercept(intercept);
        var p = names.Length;
        if (p == 0)
        {
            throw new StatisticsInputException("The model has no columns: give predictors or keep intercept: true.", nameof(x));
        }

        var qr = PivotedQr.Decompose(a, n, p, rankTolerance);
        var rank = qr.Rank;
        var effects = (double[])y.Clone();
        qr.QtMultiply(effects);
        var coefPivoted = qr.SolveR(effects);

        // residuals = Q·(0, …, 0, effects[rank..]) and fitted = y − residuals, as qr.resid / qr.fitted
        var residuals = (double[])effects.Clone();
        residuals.AsSpan(0, rank).Clear();
        qr.QMultiply(residuals);
        var fitted = new double[n];
        var rss = 0.0;
        for (var i = 0; i < n; i++)
        {
            fitted[i] = y[i] - residuals[i];
            rss += residuals[i] * residuals[i];
        }

        var rdf = n - rank;
        var warnings = new List<string>();
        var estimate = new double?[p];
        var position = new int[p]; // position among estimable coefficients, or −1
        Array.Fill(position, -1);
        for (var k = 0; k < rank; k++)
        {
            estimate[qr.Pivot[k]] = coefPivoted[k];
        }

        var aliased = new List<string>();
        var next = 0;
        for (var j = 0; j < p; j++)
        {
            if (estimate[j].HasValue)
            {
                position[j] = next++;
            }
            else
            {
                aliased.Add(names[j]);
            }
        }

        if (aliased.Count > 0)
        {
            warnings.Add($"Design is rank deficient (rank {rank} of {p} columns): {string.Join(", ", aliased.Select(s => $"'{s}'"))} not estimable (aliased with earlier columns; lm reports NA).");
        }

        double? sigma = null;
        double[,]? cov = null;
        var se = new double?[p];
        if (rdf > 0)
        {
            var resvar = rss / rdf;
            sigma = Math.Sqrt(resvar);
            var unscaled = qr.UnscaledCovariance(); // pivot order
            cov = new double[rank, rank];
            for (var k = 0; k < rank; k++)
            {
                for (var m = 0; m < rank; m++)
                {
                    cov[position[qr.Pivot[k]], position[qr.Pivot[m]]] = unscaled[(k * rank) + m] * resvar;
                }
            }

            for (var j = 0; j < p; j++)
            {
                if (position[j] >= 0)
                {
                    se[j] = Math.Sqrt(cov[position[j], position[j]]);
                }
            }
        }
        else
        {
            warnings.Add($"0 residual degrees of freedom (n = {n}, rank = {rank}): the fit is exact, so σ̂, standard errors, t, p and F are not estimable.");
        }

        var coefficients = new RegressionCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            // t is undefined (null) when the standard error is exactly 0 (an exact fit), where R prints NaN or ±Inf
            double? t = se[j] is { } s && s > 0 && estimate[j] is { } b ? b / s : null;
            double? pv = t is { } tv ? Dist.TTwoSided(tv, rdf) : null;
            coefficients[j] = new RegressionCoefficient(names[j], estimate[j], se[j], t, pv);
        }

        // summary.lm: MSS about the mean with an intercept, about zero without
        var meanFitted = 0.0;
        if (intercept)
        {
            for (var i = 0; i < n; i++)
            {
                meanFitted += fitted[i];
            }

            meanFitted /= n;
        }

        var mss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var d = fitted[i] - meanFitted;
            mss += d * d;
        }

        var dfInt = intercept ? 1 : 0;
        var r2 = mss + rss > 0 ? mss / (mss + rss) : 0.0;
        if (mss + rss == 0)
        {
            warnings.Add("y is constant (zero total sum of squares): R² is reported as 0.");
        }

        double? adjR2 = rdf > 0 ? 1 - ((1 - r2) * ((n - dfInt) / (double)rdf)) : null;
        FTestResult? f = null;
        if (rdf > 0 && rank != dfInt)
        {
            var numDf = rank - dfInt;
            var fValue = mss / numDf / (rss / rdf);
            f = new FTestResult(fValue, numDf, rdf, Dist.FUpper(fValue, numDf, rdf));
        }

        if (rdf > 0 && IsEssentiallyPerfect(rss / rdf, fitted))
        {
            warnings.Add("essentially perfect fit: summary may be unreliable (residual variance below 1e-30 of the fitted values' second moment, as summary.lm warns).");
        }

        return new LinearRegressionResult(intercept, rankTolerance, coefficients, n, rank, rdf, sigma, r2, adjR2, f, cov,
            residuals, fitted, new FitDiagnostics(true, 0, warnings));
    }

    // summary.lm: resvar < (mean(f)^2 + var(c(f))) * 1e-30
    private static bool IsEssentiallyPerfect(double resvar, double[] fitted)
    {
        var n = fitted.Length;
        var mean = 0.0;
        foreach (var v in fitted)
        {
            mean += v;
        }

        mean /= n;
        var ss = 0.0;
        foreach (var v in fitted)
        {
            ss += (v - mean) * (v - mean);
        }

        var variance = n > 1 ? ss / (n - 1) : 0.0;
        return resvar < ((mean * mean) + variance) * 1e-30;
    }
}
