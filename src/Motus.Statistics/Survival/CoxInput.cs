using Motus.Statistics.Common;

namespace Motus.Statistics.Survival;

/// <summary>Checked and normalised inputs of <see cref="CoxRegression.Fit"/>.</summary>
internal sealed record CoxInput(string[] Names, double[] Weights, int[] StratumLevel, int[] StrataCodes, int[]? ClusterLevel, int Clusters)
{
    public static CoxInput Validate(SurvivalData data, double[,] covariates, IReadOnlyList<string>? names, int[]? strata,
        double[]? weights, int[]? cluster, CoxOptions options)
    {
        var n = data.Count;
        var p = covariates.GetLength(1);
        Guard.SameLength(("data", n), ("covariates rows", covariates.GetLength(0)));
        if (p < 1)
        {
            throw new StatisticsInputException("covariates has no columns: a Cox model needs at least one covariate.", nameof(covariates));
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++)
            {
                if (!double.IsFinite(covariates[i, j]))
                {
                    throw new StatisticsInputException($"covariates[{i}, {j}] = {covariates[i, j]}: every covariate must be a finite number.", nameof(covariates));
                }
            }
        }

        var nameArray = names is null ? Enumerable.Range(1, p).Select(j => $"x{j}").ToArray() : names.ToArray();
        Guard.SameLength(("covariates columns", p), (nameof(names), nameArray.Length));
        if (data.EventCount == 0)
        {
            throw new StatisticsInputException("data has no events (every status is 0): a Cox model cannot be fitted.", nameof(data));
        }

        var w = weights ?? Enumerable.Repeat(1.0, n).ToArray();
        Guard.SameLength(("data", n), (nameof(weights), w.Length));
        for (var i = 0; i < n; i++)
        {
            if (!(w[i] > 0) || !double.IsFinite(w[i]))
            {
                throw new StatisticsInputException($"weights[{i}] = {w[i]}: case weights must be finite and > 0.", nameof(weights));
            }
        }

        int[] stratumLevel;
        int[] strataCodes;
        if (strata is null)
        {
            stratumLevel = new int[n];
            strataCodes = [0];
        }
        else
        {
            Guard.SameLength(("data", n), (nameof(strata), strata.Length));
            strataCodes = GroupIndex.Levels(strata, out stratumLevel);
        }

        int[]? clusterLevel = null;
        var clusters = 0;
        if (cluster is not null)
        {
            Guard.SameLength(("data", n), (nameof(cluster), cluster.Length));
            clusters = GroupIndex.Levels(cluster, out clusterLevel).Length;
        }

        var robust = options.Robust || cluster is not null;
        if (robust && cluster is null && data.IsCountingProcess)
        {
            throw new StatisticsInputException(
                "A robust variance for counting-process data needs a cluster vector identifying subjects (rows of one subject are not independent); coxph likewise requires cluster() or id.",
                nameof(cluster));
        }

        return new CoxInput(nameArray, w, stratumLevel, strataCodes, clusterLevel, clusters);
    }
}
