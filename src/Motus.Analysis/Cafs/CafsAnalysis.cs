using System.Globalization;
using Motus.Analysis.Cohort;
using Motus.Analysis.Common;
using Motus.Analysis.Endpoints;
using Motus.Domain.Records;

namespace Motus.Analysis.Cafs;

/// <summary>
/// The Combined Assessment of Function and Survival (Berry et al., ALS FTD 2013;14:162–168) on domain records, with
/// the Finkelstein–Schoenfeld joint-rank test. Each patient of the two arms: survival event (death by default) and
/// time from the origin, cut at the horizon; ALSFRS-R change from a baseline rating near the origin at every later
/// rating within follow-up. Scores by <see cref="CafsScoring"/>, test by <see cref="JointRankTest"/>.
/// See docs/methods/cafs.md.
/// </summary>
public static class CafsAnalysis
{
    /// <summary>Analyses the two arms.</summary>
    /// <param name="cohort">The patients; those of other arms, without an arm, origin, follow-up or baseline rating, or with an event before the origin, are excluded and listed.</param>
    /// <param name="options">The design.</param>
    /// <exception cref="ArgumentException">An invalid design.</exception>
    public static CafsResult Analyse(IEnumerable<PatientRecord> cohort, CafsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var excluded = new Exclusions();
        var subjects = new List<(CafsSubject Subject, string Arm, bool Treated, int Baseline)>();
        foreach (var (index, r) in AnalysisPopulation.WithArm(cohort, excluded))
        {
            var arm = r.Patient.ArmCode!;
            var treated = string.Equals(arm, options.TreatedArm, StringComparison.OrdinalIgnoreCase);
            if (!treated && !string.Equals(arm, options.ControlArm, StringComparison.OrdinalIgnoreCase))
            {
                excluded.Add(index, r.Patient.Code, $"arm {arm} is not one of the two compared arms");
                continue;
            }

            if (Subject(r, options, out var baseline) is { } s)
            {
                subjects.Add((s, arm, treated, baseline));
            }
            else
            {
                excluded.Add(index, r.Patient.Code, ExclusionReason(r, options));
            }
        }

        var errors = new List<string>();
        var list = subjects.Select(x => x.Subject).ToList();
        var scores = CafsScoring.Scores(list, options.Scoring);
        var ranks = CafsScoring.Ranks(scores);
        var patients = subjects.Select((x, i) => new CafsPatientScore(x.Subject.Code, x.Arm, x.Subject.Died, x.Subject.Time, x.Baseline,
            x.Subject.ChangeAt(x.Subject.LastFunctionTime), x.Subject.LastFunctionTime, scores[i], ranks[i])).ToList();
        double? MeanRank(bool treated) => subjects.Any(x => x.Treated == treated) ? ranks.Where((_, i) => subjects[i].Treated == treated).Average() : null;
        JointRankTestResult? test = null;
        if (!subjects.Any(x => x.Treated) || subjects.All(x => x.Treated))
        {
            errors.Add($"The joint-rank test needs patients in both arms ({options.TreatedArm}: {subjects.Count(x => x.Treated)}, {options.ControlArm}: {subjects.Count(x => !x.Treated)}).");
        }
        else
        {
            test = JointRankTest.Test(scores, subjects.Select(x => x.Treated).ToList(), options.Permutation);
        }

        return new CafsResult(Describe(options), options.TreatedArm, options.ControlArm, options.HorizonDays, patients, MeanRank(true), MeanRank(false),
            test, excluded.ToList(), errors);
    }

    private static CafsSubject? Subject(PatientRecord r, CafsOptions options, out int baselineTotal)
    {
        baselineTotal = 0;
        var outcome = CompositeEndpoint.Derive(r, options.Survival, options.Origin);
        if (!outcome.IsAnalysable || AlsfrsRatings.Baseline(r, outcome.OriginDate!.Value, options.Baseline) is not { } baseline)
        {
            return null;
        }

        baselineTotal = baseline.Total;
        var horizon = options.HorizonDays ?? int.MaxValue;
        var died = outcome.Status == EndpointStatus.Event && outcome.Days!.Value <= horizon;
        var days = Math.Min(outcome.Days!.Value, horizon);
        var origin = outcome.OriginDate.Value;
        var function = AlsfrsRatings.Of(r)
            .Where(x => x.Date > baseline.Date && x.Date.DayNumber - origin.DayNumber <= days)
            .Select(x => new FunctionalObservation(TimeUnits.MonthsBetween(origin, x.Date), x.Total - baseline.Total))
            .ToList();
        return new CafsSubject(r.Patient.Code, died, days / TimeUnits.DaysPerMonth, Distinct(function));
    }

    /// <summary>Two ratings on one day: the later-entered one is kept (times must increase strictly).</summary>
    private static List<FunctionalObservation> Distinct(List<FunctionalObservation> function) =>
        function.GroupBy(o => o.Time).Select(g => g.Last()).ToList();

    private static string ExclusionReason(PatientRecord r, CafsOptions options)
    {
        var outcome = CompositeEndpoint.Derive(r, options.Survival, options.Origin);
        return outcome.IsAnalysable
            ? $"no baseline ALSFRS-R rating from {options.Baseline.DaysBefore} days before to {options.Baseline.DaysAfter} days after the origin"
            : $"{outcome.Status}: {string.Join(" ", outcome.Notes)}";
    }

    private static string Describe(CafsOptions o)
    {
        var horizon = o.HorizonDays is { } h ? string.Create(CultureInfo.InvariantCulture, $"assessed at {h} days ({h / TimeUnits.DaysPerMonth:0.##} months)") : "over all follow-up";
        return $"CAFS (Berry et al. 2013) between {o.TreatedArm} and {o.ControlArm}, {horizon} from {o.Origin.ToString().ToLowerInvariant()}; " +
            $"survival: {o.Survival.Describe()}; baseline ALSFRS-R: closest rating from {o.Baseline.DaysBefore} days before to {o.Baseline.DaysAfter} days after the origin; " +
            $"{o.Scoring.Describe()}; scores ranked over both arms (mid-ranks, higher = better)";
    }
}
