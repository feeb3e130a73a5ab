using Motus.Simulation.RegressionToMean;
using Motus.Statistics.Exact;

namespace Motus.Simulation.Claims;

/// <summary>
/// The claim check (trial-methods §3.4): for a single-arm responder claim, what would natural history alone give? It
/// simulates untreated patients under a null model with the claim's visit schedule, entry rule and responder definition,
/// and reports the null responder rate, P(X ≥ claimed) under it (exact binomial and from whole simulated studies), the
/// apparent slowing of the mean slope, the exact regression-to-the-mean moments where they exist, and a sensitivity
/// grid over the unverified variance parameters.
/// </summary>
public static class ClaimCheck
{
    /// <summary>The method string of every result.</summary>
    public const string Method = "Monte Carlo null calibration of a responder claim (trial-methods §3.4): OLS slope per window; P(X ≥ claimed) by exact binomial at the simulated rate and from whole simulated studies";

    /// <summary>Runs the check. Throws <see cref="ArgumentException"/> for an invalid claim or settings, or when no simulated patient is evaluable.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="model">The null model (e.g. <see cref="LinearGaussianTrajectoryModel"/>).</param>
    /// <param name="settings">Simulation sizes, seed, threads and grid.</param>
    /// <param name="progress">Progress reports (from worker threads); may be null.</param>
    /// <param name="ct">Cancellation.</param>
    public static ClaimCheckResult Run(Claim claim, IUntreatedTrajectoryModel model, ClaimCheckSettings settings, IProgress<ClaimCheckProgress>? progress = null, CancellationToken ct = default)
    {
        Validate(claim, model, settings);
        var warnings = new List<string>();
        var main = Patients(claim, model, settings, "patients", settings.SimulatedPatients, progress, ct);
        if (main.Evaluable == 0)
        {
            throw new ArgumentException($"None of {main.Simulated} simulated patients met the entry rule '{claim.Entry}' and the responder definition; there is no null rate to report.");
        }

        if (main.Evaluable < 10_000)
        {
            warnings.Add($"Only {main.Evaluable} simulated patients were evaluable: the null rate is imprecise; simulate more patients.");
        }

        var rate = (double)main.Responders / main.Evaluable;
        var tail = Tail(claim, rate);
        var (studies, simulatedTail, simulatedSe) = Studies(claim, model, settings, main, warnings, progress, ct);
        var grid = Grid(claim, model, settings, warnings, progress, ct);
        var meanPre = main.SumPreSlope / main.Evaluable;
        var meanPost = main.SumPostSlope / main.Evaluable;
        return new ClaimCheckResult(
            ClaimDescription.Of(claim),
            model.Name, model.Description, model.Assumptions, settings.Seed, main.Simulated, (double)main.Entered / main.Simulated, main.Evaluable,
            rate, Math.Sqrt(rate * (1 - rate) / main.Evaluable), tail, studies, simulatedTail, simulatedSe,
            meanPre, meanPost, meanPre < 0 ? (meanPost - meanPre) / -meanPre : null, Analytic(claim, model), grid, Method, warnings);
    }

    private static NullPatientSummary Patients(Claim claim, IUntreatedTrajectoryModel model, ClaimCheckSettings settings, string phase, long total, IProgress<ClaimCheckProgress>? progress, CancellationToken ct)
    {
        long done = 0;
        return ClaimSimulator.SimulatePatients(model, claim.Schedule, claim.Entry, claim.Definition, settings.SimulatedPatients, settings.Seed, settings.Threads,
            progress is null ? null : n => progress.Report(new ClaimCheckProgress(phase, Interlocked.Add(ref done, n), total)), ct);
    }

    private static (int Studies, double? Tail, double? Se) Studies(Claim claim, IUntreatedTrajectoryModel model, ClaimCheckSettings settings, NullPatientSummary main,
        List<string> warnings, IProgress<ClaimCheckProgress>? progress, CancellationToken ct)
    {
        if (settings.SimulatedStudies == 0)
        {
            return (0, null, null);
        }

        var evaluableFraction = (double)main.Evaluable / main.Simulated;
        var expectedDraws = settings.SimulatedStudies * (double)claim.Patients / evaluableFraction;
        if (expectedDraws > 5e9)
        {
            warnings.Add($"Whole studies were not simulated: the entry rule admits {evaluableFraction:P3} of patients, so {settings.SimulatedStudies} studies would need about {expectedDraws:E2} patients.");
            return (0, null, null);
        }

        long done = 0;
        var maxDraws = (long)Math.Max(10_000, Math.Ceiling(100.0 * claim.Patients / evaluableFraction));
        var (hits, _) = ClaimSimulator.SimulateStudies(model, claim.Schedule, claim.Entry, claim.Definition, claim.Patients, claim.Responders, settings.SimulatedStudies,
            settings.Seed, settings.Threads, maxDraws,
            progress is null ? null : n => progress.Report(new ClaimCheckProgress("studies", Interlocked.Add(ref done, n), settings.SimulatedStudies)), ct);
        var p = (double)hits / settings.SimulatedStudies;
        if (hits == 0)
        {
            warnings.Add($"No simulated study reached {claim.Responders} responders: the simulated tail probability is below about {3.0 / settings.SimulatedStudies:G2} (rule of three); use the binomial tail.");
        }

        return (settings.SimulatedStudies, p, Math.Sqrt(p * (1 - p) / settings.SimulatedStudies));
    }

    private static List<ClaimSensitivityCell> Grid(Claim claim, IUntreatedTrajectoryModel model, ClaimCheckSettings settings, List<string> warnings, IProgress<ClaimCheckProgress>? progress, CancellationToken ct)
    {
        var cells = new List<ClaimSensitivityCell>();
        if (settings.GridResidualSds.Count == 0 || settings.GridSlopeSds.Count == 0)
        {
            return cells;
        }

        var total = settings.SimulatedPatients * settings.GridResidualSds.Count * settings.GridSlopeSds.Count;
        long done = 0;
        foreach (var residualSd in settings.GridResidualSds)
        {
            foreach (var slopeSd in settings.GridSlopeSds)
            {
                if (model.WithVariability(residualSd, slopeSd) is not { } varied)
                {
                    warnings.Add($"The model '{model.Name}' has no residual and slope SD to vary: no sensitivity grid.");
                    return [];
                }

                // Common random numbers: every cell uses the run's seed, so differences between cells are not noise.
                var s = ClaimSimulator.SimulatePatients(varied, claim.Schedule, claim.Entry, claim.Definition, settings.SimulatedPatients, settings.Seed, settings.Threads,
                    progress is null ? null : n => progress.Report(new ClaimCheckProgress("sensitivity grid", Interlocked.Add(ref done, n), total)), ct);
                if (s.Evaluable == 0)
                {
                    warnings.Add($"Grid cell σe = {residualSd}, σ1 = {slopeSd}: no evaluable patient; cell omitted.");
                    continue;
                }

                var rate = (double)s.Responders / s.Evaluable;
                var meanPre = s.SumPreSlope / s.Evaluable;
                cells.Add(new ClaimSensitivityCell(residualSd, slopeSd, rate, Math.Sqrt(rate * (1 - rate) / s.Evaluable), Tail(claim, rate),
                    meanPre < 0 ? ((s.SumPostSlope / s.Evaluable) - meanPre) / -meanPre : null));
            }
        }

        return cells;
    }

    private static double Tail(Claim claim, double rate) =>
        ExactBinomial.Test(claim.Responders, claim.Patients, rate, Alternative.Greater).PValue;

    private static RegressionToMeanResult? Analytic(Claim claim, IUntreatedTrajectoryModel model)
    {
        if (model is not LinearGaussianTrajectoryModel { Rounding: ScoreRounding.None } linear)
        {
            return null;
        }

        double? threshold;
        switch (claim.Entry.Kind)
        {
            case EntryRuleKind.None:
                threshold = null;
                break;
            case EntryRuleKind.PreSlopeAtMost:
                threshold = claim.Entry.Value;
                break;
            case EntryRuleKind.LeadInDeclineAtLeast when claim.Schedule.PreTimes.Count == 2:
                // With two lead-in visits the decline is −ŝ_pre·Δt, so the rule is a slope threshold.
                threshold = -claim.Entry.Value / (claim.Schedule.PreTimes[1] - claim.Schedule.PreTimes[0]);
                break;
            default:
                return null;
        }

        if (claim.Definition.Criterion == ResponderCriterion.RelativeSlowing)
        {
            threshold = Math.Min(threshold ?? 0, 0); // evaluable only with ŝ_pre < 0
        }

        try
        {
            return RegressionToMeanCalculator.Compute(new RegressionToMeanInputs(claim.Schedule, linear.SlopeMean, linear.SlopeSd, linear.ResidualSd, threshold));
        }
        catch (ArgumentException)
        {
            return null; // a rule selecting (numerically) nobody: the simulation already reported it
        }
    }

    private static void Validate(Claim claim, IUntreatedTrajectoryModel model, ClaimCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(claim.Definition);
        ArgumentNullException.ThrowIfNull(claim.Schedule);
        ArgumentNullException.ThrowIfNull(claim.Entry);
        ArgumentOutOfRangeException.ThrowIfLessThan(claim.Patients, 1, "n");
        if (claim.Responders < 0 || claim.Responders > claim.Patients)
        {
            throw new ArgumentOutOfRangeException(nameof(claim), claim.Responders, $"The responder count must lie between 0 and n = {claim.Patients}.");
        }

        if (!double.IsFinite(claim.Definition.Threshold) || !double.IsFinite(claim.Entry.Value))
        {
            throw new ArgumentException("The responder threshold and the entry-rule value must be finite numbers.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(settings.SimulatedPatients, 1, "patients to simulate");
        ArgumentOutOfRangeException.ThrowIfNegative(settings.SimulatedStudies, "studies to simulate");
        ArgumentOutOfRangeException.ThrowIfNegative(settings.Seed, "seed");
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Threads, 1, "threads");
        foreach (var sd in settings.GridResidualSds.Concat(settings.GridSlopeSds))
        {
            if (!(sd >= 0) || !double.IsFinite(sd))
            {
                throw new ArgumentOutOfRangeException(nameof(settings), sd, "Grid SDs must be finite and not negative.");
            }
        }
    }
}
