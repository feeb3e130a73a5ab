using System.Globalization;
using Motus.Statistics.Distributions;
using Motus.Statistics.Meta;

namespace Motus.Analysis.Evidence;

/// <summary>
/// Pools the evidence library with Motus.Statistics.Meta: adverse-event proportions (single-group, logit or
/// Freeman–Tukey) and comparative efficacy estimates from randomised studies, random effects with REML and Hartung–Knapp
/// by default. With fewer comparable studies than <see cref="EvidencePoolOptions.MinimumStudies"/> it pools nothing and
/// says so. R: <c>rma(yi, vi, data = escalc("PLO", xi, ni), method = "REML", test = "knha")</c> and <c>predict()</c>;
/// see docs/methods/evidence-library.md.
/// </summary>
public static class EvidencePooling
{
    /// <summary>Pools <paramref name="outcome"/> across the library.</summary>
    /// <param name="library">The loaded library.</param>
    /// <param name="outcome">What to pool.</param>
    /// <param name="options">Options; null means <see cref="EvidencePoolOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static EvidencePoolResult Pool(EvidenceLibrary library, EvidenceOutcome outcome, EvidencePoolOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(outcome);
        options ??= EvidencePoolOptions.Default;
        options.Validate();
        return outcome.Kind == EvidenceOutcomeKind.AdverseEvent ? PoolAdverseEvents(library, outcome, options) : PoolEfficacy(library, outcome, options);
    }

    private static EvidencePoolResult PoolAdverseEvents(EvidenceLibrary library, EvidenceOutcome outcome, EvidencePoolOptions options)
    {
        var included = new List<(EvidenceStudy Study, AdverseEventCount Count)>();
        var excluded = new List<ExcludedStudy>();
        foreach (var study in library.Studies)
        {
            foreach (var count in study.AdverseEvents.Where(a => a.Category == outcome.Code))
            {
                if (count.N is null)
                {
                    excluded.Add(new ExcludedStudy(study.Id, $"{count.Events} event(s) reported but no denominator: no proportion"));
                }
                else
                {
                    included.Add((study, count));
                }
            }
        }

        var method = $"{Scale(options.ProportionMeasure)}; {MethodText(options)}";
        var caveats = AdverseEventCaveats(outcome.Code, included.Select(i => i.Study).ToList());
        if (included.Count == 0)
        {
            return new EvidencePoolResult(outcome, options, method, [], excluded, null,
                $"No study in the library reports a count with a denominator for '{outcome.Code}'. Nothing to pool.", caveats);
        }

        var effects = EffectSize.Proportion(included.Select(i => i.Count.Events).ToArray(), included.Select(i => i.Count.N!.Value).ToArray(), options.ProportionMeasure);
        var z = Dist.NormalQuantile(0.5 + (options.Level / 2));
        MetaAnalysisResult? fit = null;
        string? reason = null;
        if (included.Count < options.MinimumStudies)
        {
            reason = TooFew(included.Count, options.MinimumStudies);
        }
        else
        {
            fit = MetaAnalysis.Fit(effects, Meta(options));
        }

        var rows = new List<PooledStudy>();
        for (var i = 0; i < included.Count; i++)
        {
            var (study, count) = included[i];
            double yi = effects.Yi[i], vi = effects.Vi[i], n = count.N!.Value;
            Func<double, double> back = options.ProportionMeasure == EffectMeasure.LogitProportion
                ? MetaTransforms.InverseLogit
                : t => MetaTransforms.InverseFreemanTukey(t, n);
            var se = Math.Sqrt(vi);
            rows.Add(new PooledStudy(study.Id, study.Label, count.Events, count.N, yi, vi, (double)count.Events / count.N!.Value,
                back(yi - (z * se)), back(yi + (z * se)), fit?.Weights[i], FollowUpText(study, count.Description)));
        }

        return new EvidencePoolResult(outcome, options, method, rows, excluded, fit, reason, caveats);
    }

    private static EvidencePoolResult PoolEfficacy(EvidenceLibrary library, EvidenceOutcome outcome, EvidencePoolOptions options)
    {
        var excluded = new List<ExcludedStudy>();
        var chosen = new List<(EvidenceStudy Study, EfficacyResult Result)>();
        foreach (var study in library.Studies)
        {
            var candidates = study.Efficacy.Where(e => e.Measure == outcome.Code && e.Subgroup is null).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            if (!study.IsRandomised || candidates.All(c => c.Comparison != "randomised"))
            {
                excluded.Add(new ExcludedStudy(study.Id, $"not a randomised comparison ({candidates[0].Comparison})"));
                continue;
            }

            var usable = candidates.Where(c => c.Comparison == "randomised" && c.Estimate is not null && c.CiLower is not null && c.EstimateKind is null
                && (options.TimepointMonths is null || c.TimepointMonths == options.TimepointMonths)).ToList();
            if (usable.Count == 0)
            {
                excluded.Add(new ExcludedStudy(study.Id, options.TimepointMonths is null
                    ? "no difference with a confidence interval reported"
                    : $"no difference with a confidence interval at {F(options.TimepointMonths.Value)} months"));
                continue;
            }

            chosen.Add((study, usable.OrderByDescending(c => c.TimepointMonths ?? -1).First()));
        }

        var method = $"difference as reported, variance from the printed confidence interval ((upper − lower) / (2·z))²; {MethodText(options)}; "
            + (options.TimepointMonths is { } t ? $"time point {F(t)} months" : "each study's latest reported time point");
        var caveats = new List<string>();
        var rows = new List<PooledStudy>();
        foreach (var (study, r) in chosen)
        {
            var zr = Dist.NormalQuantile(0.5 + (r.CiLevel!.Value / 2));
            var se = (r.CiUpper!.Value - r.CiLower!.Value) / (2 * zr);
            rows.Add(new PooledStudy(study.Id, study.Label, null, null, r.Estimate!.Value, se * se, r.Estimate.Value, r.CiLower.Value, r.CiUpper.Value, null,
                $"{r.Measure} at {(r.TimepointMonths is { } m ? F(m) + " months" : "time not stated")}{(r.Unit is null ? "" : $" ({r.Unit})")}"));
        }

        if (rows.Count < options.MinimumStudies)
        {
            var reason = rows.Count == 0
                ? $"No randomised study in the library reports '{outcome.Code}' with a confidence interval. Nothing to pool."
                : TooFew(rows.Count, options.MinimumStudies);
            return new EvidencePoolResult(outcome, options, method, rows, excluded, null, reason, caveats);
        }

        var fit = MetaAnalysis.Fit(rows.Select(r => r.Yi).ToArray(), rows.Select(r => r.Vi).ToArray(), Meta(options));
        rows = rows.Select((r, i) => r with { WeightPercent = fit.Weights[i] }).ToList();
        return new EvidencePoolResult(outcome, options, method, rows, excluded, fit, null, caveats);
    }

    private static string TooFew(int k, int minimum) =>
        $"Only {k} comparable {(k == 1 ? "study reports" : "studies report")} this outcome; at least {minimum} are needed before Motus pools. "
        + "The studies are shown one by one; no pooled estimate is given.";

    private static MetaAnalysisOptions Meta(EvidencePoolOptions o) =>
        new() { Method = o.Method, Test = o.Test, Level = o.Level, PredictionInterval = o.PredictionInterval };

    private static string MethodText(EvidencePoolOptions o)
    {
        var model = o.Method switch
        {
            MetaMethod.FixedEffect => "fixed (common) effect",
            MetaMethod.DerSimonianLaird => "random effects, DerSimonian–Laird τ²",
            MetaMethod.PauleMandel => "random effects, Paule–Mandel τ²",
            _ => "random effects, REML τ²",
        };
        var test = o.Test switch
        {
            MetaTest.KnappHartung => "Hartung–Knapp t test",
            MetaTest.ModifiedKnappHartung => "modified Hartung–Knapp t test",
            _ => "Wald z test",
        };
        return $"{model}, {test}, {(o.Level * 100).ToString("0.##", CultureInfo.InvariantCulture)}% intervals (R: metafor::rma)";
    }

    private static string Scale(EffectMeasure m) => m == EffectMeasure.FreemanTukeyProportion
        ? "proportion on the Freeman–Tukey double-arcsine scale, back-transformed at the harmonic-mean n (escalc \"PFT\", transf.ipft.hm)"
        : "proportion on the logit scale, 0.5 added to both cells of studies with 0 or n events (escalc \"PLO\"), back-transformed with the inverse logit";

    private static List<string> AdverseEventCaveats(string category, List<EvidenceStudy> studies)
    {
        var caveats = new List<string>
        {
            "Single-group proportions: no study here compares with untreated patients, so a pooled proportion says how often the event was seen, not whether the cells caused it.",
        };
        if (category == "death")
        {
            caveats.Add("Deaths in ALS cohorts mostly reflect disease progression and the length of follow-up, which differs between these studies; this is not a treatment-related death rate.");
        }

        if (category == "tumour")
        {
            caveats.Add("Denominators differ: some studies count patients imaged, others autopsied patients.");
        }

        var ids = studies.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var s in studies)
        {
            var overlap = s.RelatedStudies.Where(r => ids.Contains(r) && string.CompareOrdinal(r, s.Id) > 0).ToList();
            if (overlap.Count > 0)
            {
                caveats.Add($"{s.Id} shares patients or a programme with {string.Join(", ", overlap)}: their counts are not independent.");
            }
        }

        return caveats;
    }

    private static string FollowUpText(EvidenceStudy s, string description) =>
        s.FollowUp.HasValue ? $"{description} (follow-up, months: {s.FollowUp.Value!.Text ?? F(s.FollowUp.Value.Months)})" : description;

    private static string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
