namespace Motus.Simulation.Trials;

// Summarises the outcomes of one analysis over the simulated trials, in trial order (so the floating-point sums, and the
// result, do not depend on the number of threads).
internal static class CharacteristicsBuilder
{
    public static AnalysisCharacteristics Build(TrialDesign design, TrialAnalysis analysis, ReplicateOutcome[] outcomes, (double Value, double Se, string Method)? truth)
    {
        var r = outcomes.Length;
        var failed = outcomes.Count(o => o.Failed);
        var rejected = outcomes.Count(o => o.Rejected);
        var wrong = outcomes.Count(o => o.WrongDirection);
        var estimates = outcomes.Where(o => o.Estimate.HasValue).ToArray();
        MonteCarloValue? mean = null, bias = null, coverage = null;
        double? sd = null, meanSe = null;
        if (estimates.Length > 0 && TrialAnalysisRunner.HasEstimand(analysis))
        {
            var m = estimates.Average(o => o.Estimate!.Value);
            sd = estimates.Length > 1 ? Math.Sqrt(estimates.Sum(o => (o.Estimate!.Value - m) * (o.Estimate!.Value - m)) / (estimates.Length - 1)) : 0;
            var mcse = sd.Value / Math.Sqrt(estimates.Length);
            mean = new MonteCarloValue(m, mcse);
            meanSe = estimates.Average(o => o.StandardError!.Value);
            if (truth is { } t)
            {
                bias = new MonteCarloValue(m - t.Value, mcse);
                coverage = Proportion(estimates.Count(o => o.Lower <= t.Value && t.Value <= o.Upper), estimates.Length);
            }
        }

        var warnings = outcomes.Where(o => o.Warning is not null).GroupBy(o => o.Warning!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} of {r} trials: {g.Key}").ToArray();
        return new AnalysisCharacteristics(
            analysis.Label, analysis.Kind, TrialAnalysisRunner.Method(analysis), TrialAnalysisRunner.Estimand(analysis),
            design.IsNull ? "type I error" : "power", r, failed, outcomes.Count(o => o.NotConverged),
            Proportion(rejected, r), design.Sidedness == Statistics.Design.Sidedness.TwoSided ? Proportion(wrong, r) : null,
            truth?.Value, truth?.Se, truth?.Method, mean, bias, sd, meanSe, coverage, warnings);
    }

    private static MonteCarloValue Proportion(int count, int n)
    {
        var p = (double)count / n;
        return new MonteCarloValue(p, Math.Sqrt(p * (1 - p) / n));
    }
}
