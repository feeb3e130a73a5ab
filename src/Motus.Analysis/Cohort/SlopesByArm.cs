using System.Globalization;
using Motus.Analysis.Common;
using Motus.Analysis.Endpoints;
using Motus.Domain.Records;
using Motus.Statistics.Common;
using Motus.Statistics.Distributions;
using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;

namespace Motus.Analysis.Cohort;

/// <summary>
/// Compares ALSFRS-R decline between arms with a linear mixed model: total ~ months × arm with a correlated random
/// intercept and slope per patient, REML by default, Satterthwaite df; percent slowing = 100·(1 − slope_X /
/// slope_control) with a Fieller (default) or delta-method interval. Engine: <see cref="LinearMixedModel"/>.
/// R: <c>lmerTest::lmer(total ~ months * arm + (months | id))</c>. See docs/methods/cohort-analyses.md.
/// </summary>
public static class SlopesByArm
{
    /// <summary>Fits the model.</summary>
    /// <param name="cohort">The patients.</param>
    /// <param name="origin">Time zero of the months axis.</param>
    /// <param name="controlArm">The reference arm (matched case-insensitively).</param>
    /// <param name="options">Method, intervals and data window; null for <see cref="SlopeComparisonOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">Empty control arm or invalid options.</exception>
    public static SlopeComparisonResult Fit(IEnumerable<PatientRecord> cohort, TimeOrigin origin, string controlArm, SlopeComparisonOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(controlArm);
        options ??= SlopeComparisonOptions.Default;
        options.Validate();
        var excluded = new Exclusions();
        var data = Collect(AnalysisPopulation.WithArm(cohort, excluded), origin, options, excluded);
        var method = Describe(origin, controlArm, options);
        var errors = new List<string>();
        var warnings = new List<string>();
        var arms = ArmIndex.From(data.Select(d => d.Arm));
        SlopeComparisonResult Failed() => new(method, origin, controlArm, data.Select(d => d.Id).Distinct().Count(), data.Count,
            [], [], [], null, false, false, excluded.ToList(), warnings, errors);

        if (!arms.Contains(controlArm))
        {
            errors.Add($"The control arm {controlArm} has no patient with ratings (arms present: {string.Join(", ", arms.Codes)}).");
            return Failed();
        }

        var others = arms.Codes.Where(a => !string.Equals(a, controlArm, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (others.Length == 0)
        {
            errors.Add($"Only the control arm {controlArm} has patients with ratings: there is no arm to compare.");
            return Failed();
        }

        var months = data.Select(d => d.Months).ToArray();
        var columns = new List<(string, double[])> { ("months", months) };
        foreach (var a in others)
        {
            var ind = data.Select(d => string.Equals(d.Arm, a, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0).ToArray();
            columns.Add(($"arm[{a}]", ind));
            columns.Add(($"months:arm[{a}]", ind.Select((v, i) => v * months[i]).ToArray()));
        }

        LinearMixedModelResult<Guid> fit;
        try
        {
            fit = LinearMixedModel.Fit(data.Select(d => (double)d.Total).ToArray(), DesignMatrix.FromColumns(columns.ToArray()),
                data.Select(d => d.Id).ToArray(), RandomEffectsTerm.InterceptAndSlope(months, "months"),
                LinearMixedModelOptions.Default with { Method = options.Method });
        }
        catch (StatisticsInputException ex)
        {
            errors.Add($"Mixed model not fitted: {ex.Message}");
            return Failed();
        }

        warnings.AddRange(fit.Diagnostics.Warnings);
        var (armSlopes, differences) = Summarise(fit, data, controlArm, others, options, warnings, errors);
        return new SlopeComparisonResult(method, origin, controlArm, fit.GroupCount, fit.ObservationCount, armSlopes, differences, fit.FixedEffects,
            fit.VarianceComponents, fit.IsSingular, fit.Diagnostics.Converged, excluded.ToList(), warnings, errors);
    }

    private static (List<ArmSlope>, List<SlopeDifference>) Summarise(LinearMixedModelResult<Guid> fit, List<Row> data, string control, string[] others,
        SlopeComparisonOptions options, List<string> warnings, List<string> errors)
    {
        var names = fit.FixedEffects.Select(f => f.Name).ToList();
        var estimable = fit.FixedEffects.Select((f, i) => (f, i)).Where(x => x.f.Estimable).Select(x => x.i).ToList();
        double[] Weights(params string[] terms)
        {
            var w = new double[names.Count];
            foreach (var t in terms)
            {
                w[names.IndexOf(t)] = 1;
            }

            return w;
        }

        double Cov(string p, string q) => fit.FixedEffectsCovariance[estimable.IndexOf(names.IndexOf(p)), estimable.IndexOf(names.IndexOf(q))];
        var alpha = 1 - options.ConfidenceLevel;
        var z = Dist.NormalUpperQuantile(alpha / 2);
        var slopes = new List<ArmSlope>();
        var diffs = new List<SlopeDifference>();
        ArmSlope Slope(string arm, params string[] terms)
        {
            var c = fit.Contrast(Weights(terms));
            var t = Dist.TUpperQuantile(alpha / 2, c.Df);
            var rows = data.Where(d => string.Equals(d.Arm, arm, StringComparison.OrdinalIgnoreCase)).ToList();
            return new ArmSlope(arm, rows.Select(d => d.Id).Distinct().Count(), rows.Count, c.Estimate, c.StandardError, c.Df,
                c.Estimate - (t * c.StandardError), c.Estimate + (t * c.StandardError));
        }

        try
        {
            var controlSlope = Slope(control, "months");
            slopes.Add(controlSlope with { ArmCode = data.First(d => string.Equals(d.Arm, control, StringComparison.OrdinalIgnoreCase)).Arm });
            foreach (var a in others)
            {
                var term = $"months:arm[{a}]";
                if (!fit[term].Estimable)
                {
                    errors.Add($"The slope of arm {a} is not estimable (its term {term} was dropped as aliased).");
                    continue;
                }

                slopes.Add(Slope(a, "months", term));
                var d = fit.Contrast(Weights(term));
                var t = Dist.TUpperQuantile(alpha / 2, d.Df);
                var b = controlSlope.Slope;
                double? pct = null, lo = null, hi = null;
                string? note = null;
                if (b < 0)
                {
                    pct = -100 * d.Estimate / b;
                    var ratio = RatioConfidence.Limits(d.Estimate, b, Cov(term, term), Cov("months", "months"), Cov(term, "months"), z, options.RatioInterval);
                    (lo, hi, note) = (-100 * ratio.Upper, -100 * ratio.Lower, ratio.Note);
                }
                else
                {
                    note = string.Create(CultureInfo.InvariantCulture, $"The control slope ({b:0.###} points/month) is not negative: there is no decline to slow, so the percent slowing is not reported.");
                }

                if (note is not null)
                {
                    warnings.Add($"Arm {a}: {note}");
                }

                diffs.Add(new SlopeDifference(a, d.Estimate, d.StandardError, d.Df, d.TValue, d.PValue, d.Estimate - (t * d.StandardError),
                    d.Estimate + (t * d.StandardError), pct, lo, hi, note));
            }
        }
        catch (StatisticsInputException ex)
        {
            errors.Add($"Slope contrasts not computed: {ex.Message}");
        }

        return (slopes, diffs);
    }

    private static List<Row> Collect(List<(int Index, PatientRecord Record)> patients, TimeOrigin origin, SlopeComparisonOptions options, Exclusions excluded)
    {
        var rows = new List<Row>();
        foreach (var (i, r) in patients)
        {
            if (FollowUp.OriginDate(r, origin) is not { } o)
            {
                excluded.Add(i, r.Patient.Code, $"no {origin} date");
                continue;
            }

            var used = AlsfrsRatings.Of(r)
                .Select(x => (x.Total, Months: TimeUnits.MonthsBetween(o, x.Date), Days: x.Date.DayNumber - o.DayNumber))
                .Where(x => x.Days >= -options.DaysBeforeOriginIncluded && (options.HorizonMonths is not { } h || x.Months <= h))
                .ToList();
            if (used.Count == 0)
            {
                excluded.Add(i, r.Patient.Code, "no ALSFRS-R rating with a total in the analysis window");
                continue;
            }

            rows.AddRange(used.Select(x => new Row(r.Patient.Id.Value, r.Patient.ArmCode!, x.Months, x.Total)));
        }

        return rows;
    }

    private static string Describe(TimeOrigin origin, string control, SlopeComparisonOptions o)
    {
        var method = o.Method == MixedModelMethod.RestrictedMaximumLikelihood ? "REML" : "ML";
        var window = (o.DaysBeforeOriginIncluded == 0 ? "ratings from the origin on" : $"ratings from {o.DaysBeforeOriginIncluded} day(s) before the origin")
            + (o.HorizonMonths is { } h ? string.Create(CultureInfo.InvariantCulture, $" up to {h:0.##} months") : "");
        return string.Create(CultureInfo.InvariantCulture,
            $"Linear mixed model ALSFRS-R total ~ months × arm + (months | patient), {method}, Satterthwaite df, t intervals; " +
            $"arm terms vs {control}; months from {origin.ToString().ToLowerInvariant()} (days / 30.4375), {window}; " +
            $"percent slowing = 100·(1 − slope_arm / slope_control) with a {o.RatioInterval} {o.ConfidenceLevel * 100:0.##}% interval (normal quantile)");
    }

    private sealed record Row(Guid Id, string Arm, double Months, int Total);
}
