using Motus.Simulation.Common;
using Motus.Statistics.Design;

namespace Motus.Simulation.Trials;

/// <summary>
/// Simulates a two-arm trial design many times (trial-methods §2.3 recipe; docs/methods/trial-simulation.md): screen
/// natural-history patients until both arms are full, apply the true effect to the active arm from enrolment, run every
/// analysis, and summarise power or type-I error, bias, confidence-interval coverage and their Monte Carlo SEs.
/// Trials run in parallel; trial k uses only streams derived from <c>RandomStream.ForReplicate(seed, k)</c> and results are
/// combined in trial order, so the result is identical for any number of threads.
/// </summary>
public static class TrialSimulator
{
    /// <summary>Runs the simulation.</summary>
    /// <param name="design">The design.</param>
    /// <param name="threads">Worker threads (≥ 1); the result does not depend on it.</param>
    /// <param name="progress">Optional progress callback, called from worker threads (must be thread-safe).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="TrialDesignException">The entry criteria admit too few patients.</exception>
    public static TrialSimulationResult Run(TrialDesign design, int threads = 1, IProgress<TrialSimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var truths = TrueValues(design, progress);

        var r = design.Replicates;
        var outcomes = new ReplicateOutcome[r][];
        var screened = new long[r];
        var failures = new long[EntryCheck.CriterionNames.Length];
        try
        {
            RunTrials(design, threads, progress, outcomes, screened, failures, cancellationToken);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0 && e.InnerExceptions.All(x => x is TrialDesignException))
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var totalScreened = screened.Sum();
        var enrolled = (long)r * design.TotalSize;
        var analyses = new AnalysisCharacteristics[design.Analyses.Count];
        for (var a = 0; a < analyses.Length; a++)
        {
            analyses[a] = CharacteristicsBuilder.Build(design, design.Analyses[a], outcomes.Select(o => o[a]).ToArray(), truths[a]);
        }

        var byCriterion = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var c = 0; c < failures.Length; c++)
        {
            if (failures[c] > 0)
            {
                byCriterion[EntryCheck.CriterionNames[c]] = failures[c];
            }
        }

        return new TrialSimulationResult(design.Name, Describe(design), r, design.Seed, design.IsNull, design.TotalSize, totalScreened, enrolled,
            1 - ((double)enrolled / totalScreened), byCriterion, analyses);
    }

    private static void RunTrials(TrialDesign design, int threads, IProgress<TrialSimulationProgress>? progress, ReplicateOutcome[][] outcomes, long[] screened, long[] failures, CancellationToken cancellationToken)
    {
        var r = design.Replicates;
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, r, options, () => (Screener: new TrialScreener(design, completeFollowUp: false), Failures: new long[failures.Length]), (k, _, local) =>
        {
            var patients = local.Screener.Enrol(RandomStream.ForReplicate(design.Seed, k), design.Control.Size, design.Active.Size, local.Failures, out screened[k]);
            var result = new ReplicateOutcome[design.Analyses.Count];
            for (var a = 0; a < result.Length; a++)
            {
                result[a] = TrialAnalysisRunner.Run(patients, design, design.Analyses[a]);
            }

            outcomes[k] = result;
            var finished = Interlocked.Increment(ref done);
            progress?.Report(new TrialSimulationProgress("simulating trials", finished, r));
            return local;
        }, local =>
        {
            lock (failures)
            {
                for (var c = 0; c < failures.Length; c++)
                {
                    failures[c] += local.Failures[c];
                }
            }
        });
    }

    /// <summary>The true value of each analysis' estimand, with its SE and how it was obtained; null without an estimand.</summary>
    private static (double Value, double Se, string Method)?[] TrueValues(TrialDesign design, IProgress<TrialSimulationProgress>? progress)
    {
        var truths = new (double, double, string)?[design.Analyses.Count];
        if (design.IsNull)
        {
            for (var a = 0; a < truths.Length; a++)
            {
                truths[a] = TrialAnalysisRunner.HasEstimand(design.Analyses[a]) ? (0, 0, "0 exactly: the design has no treatment effect and the arms are exchangeable") : null;
            }

            return truths;
        }

        if (!design.Analyses.Any(TrialAnalysisRunner.HasEstimand))
        {
            return truths;
        }

        progress?.Report(new TrialSimulationProgress("true values", 0, 1));
        var n = design.TruthPatientsPerArm;
        var screener = new TrialScreener(design, completeFollowUp: true);
        var patients = screener.EnrolPaired(new RandomStream(design.Seed ^ TruthSalt), n);
        var method = $"estimate of the same analysis in one simulated trial of {n:N0} eligible patients enrolled in both arms (untreated copy as control, treated copy as active: same covariates and random draws, so only the effect differs), with complete follow-up (no dropout, no missed visits; death still ends follow-up); its SE is the model-based SE of that fit, which ignores the pairing";
        for (var a = 0; a < truths.Length; a++)
        {
            var analysis = design.Analyses[a];
            if (!TrialAnalysisRunner.HasEstimand(analysis))
            {
                continue;
            }

            if (analysis.Kind == TrialAnalysisKind.Cox && design.HazardRatio == 1)
            {
                // The generator draws death or tracheostomy at enrolment from the ENCALS model, independently of the course
                // after enrolment: a slope effect alone leaves survival unchanged, so the true log hazard ratio is 0.
                truths[a] = (0, 0, "0 exactly: the hazard ratio is 1 and the generator's terminal event does not depend on the course after enrolment");
                continue;
            }

            var o = TrialAnalysisRunner.Run(patients, design, analysis);
            if (o.Estimate is { } value)
            {
                truths[a] = (value, o.StandardError ?? 0, method);
            }
        }

        progress?.Report(new TrialSimulationProgress("true values", 1, 1));
        return truths;
    }

    private const ulong TruthSalt = 0x5452555448_000001UL; // "TRUTH"

    private static string Describe(TrialDesign d)
    {
        var entry = d.Entry;
        var criteria = new List<string>();
        void Add(string name, ValueRange? range)
        {
            if (range is not null)
            {
                criteria.Add($"{name} in {range}");
            }
        }

        Add("months since onset", entry.MonthsSinceOnset);
        Add("ALSFRS-R", entry.AlsfrsR);
        Add("ΔFS", entry.DeltaFs);
        Add("ENCALS LP", entry.EncalsLinearPredictor);
        Add("FVC %", entry.FvcPercent);
        if (entry.LeadIn is { } lead)
        {
            criteria.Add($"lead-in {lead.Months:0.##} months (visits every {lead.IntervalMonths:0.##})" + (lead.MinDecline is { } k ? $" with a decline ≥ {k:0.##} points" : ""));
        }

        return $"Natural-history generator (docs/methods/natural-history.md) with its calibrated parameters; {d.Control.Name} {d.Control.Size} vs {d.Active.Name} {d.Active.Size} " +
            $"(exact arm sizes, randomly ordered); entry: {(criteria.Count == 0 ? "none" : string.Join("; ", criteria))}; visits at months {string.Join(", ", d.VisitMonths.Select(m => m.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)))}, " +
            $"jitter ±{d.JitterDays} days, missed-visit probability {d.MissedVisitProbability:0.###}; follow-up {d.DurationMonths:0.##} months; dropout {d.Dropout.RatePerMonth:0.####}/month " +
            $"{(d.Dropout.Informative ? $"× exp({d.NaturalHistory.DropoutLossCoefficient:0.##}·lost/48) (informative)" : "(not informative)")}; true effect from enrolment: slope multiplier {d.SlopeMultiplier:0.###}, hazard ratio {d.HazardRatio:0.###}; " +
            $"alpha {d.Alpha:0.####} {(d.Sidedness == Sidedness.OneSided ? "one-sided (favouring the active arm)" : "two-sided")}; {d.Replicates} trials, seed {d.Seed}.";
    }
}
