namespace Motus.Statistics.Survival;

/// <summary>
/// Newton–Raphson with step halving for the Cox partial likelihood, following R's coxfit6.c (right-censored) and
/// agfit4.c (counting process) step for step, on the engine's internal (centred, scaled) covariates.
/// </summary>
internal static class NewtonRaphson
{
    public sealed record Result(double[] Beta, double[] Score, double[] Variance, int Rank, double LogLikNull, double LogLik,
        double ScoreTest, bool Converged, int Iterations);

    public static Result Run(CoxEngine eng, CoxOptions options)
    {
        var p = eng.P;
        var beta = new double[p];
        var u = new double[p];
        var imat = new double[p * p];
        var fac = new double[p * p];
        var tol = options.CholeskyTolerance;

        var ll0 = eng.Sweep(beta, u, imat, null);
        var step = (double[])u.Clone();
        imat.CopyTo(fac, 0);
        var rank = Cholesky2.Decompose(fac, p, tol);
        Cholesky2.Solve(fac, p, step);
        double scoreTest = 0;
        for (var i = 0; i < p; i++)
        {
            scoreTest += u[i] * step[i];
        }

        var best = ll0;
        var newBeta = new double[p];
        for (var i = 0; i < p; i++)
        {
            newBeta[i] = beta[i] + step[i];
        }

        var halving = 0;
        for (var iter = 1; iter <= options.MaxIterations; iter++)
        {
            var newlk = eng.Sweep(newBeta, u, imat, null);
            imat.CopyTo(fac, 0);
            rank = Cholesky2.Decompose(fac, p, tol);
            var finite = double.IsFinite(newlk);
            for (var i = 0; i < p && finite; i++)
            {
                finite = double.IsFinite(u[i]);
                for (var j = 0; j < p && finite; j++)
                {
                    finite = double.IsFinite(imat[(i * p) + j]);
                }
            }

            if (finite && Math.Abs(1 - (best / newlk)) <= options.Epsilon && (!eng.Counting || halving == 0))
            {
                Cholesky2.Invert(fac, p);
                return new Result(newBeta, u, fac, rank, ll0, newlk, scoreTest, true, iter);
            }

            if (!finite || newlk < best)
            {
                halving++;
                for (var i = 0; i < p; i++)
                {
                    newBeta[i] = (newBeta[i] + (halving * beta[i])) / (halving + 1.0);
                }
            }
            else
            {
                halving = 0;
                best = newlk;
                u.CopyTo(step, 0);
                Cholesky2.Solve(fac, p, step);
                for (var i = 0; i < p; i++)
                {
                    beta[i] = newBeta[i];
                    newBeta[i] += step[i];
                }
            }
        }

        // Out of iterations: report the last improving β.
        var ll = eng.Sweep(beta, u, imat, null);
        imat.CopyTo(fac, 0);
        rank = Cholesky2.Decompose(fac, p, tol);
        Cholesky2.Invert(fac, p);
        return new Result(beta, u, fac, rank, ll0, ll, scoreTest, false, options.MaxIterations);
    }
}
