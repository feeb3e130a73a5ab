using System.Globalization;
using Motus.Analysis.Endpoints;
using Motus.Domain.Records;
using Motus.Statistics.Common;
using Motus.Statistics.Survival;

namespace Motus.Analysis.Cohort;

/// <summary>
/// Cox proportional-hazards model of a composite endpoint: one indicator per non-control arm plus user-chosen baseline
/// covariates (<see cref="CohortCovariate"/>), complete cases. Time is months from the origin, censored at the last
/// contact. Engine: <see cref="CoxRegression"/>. R: <c>coxph(Surv(months, status) ~ arm + covariates, ties = "efron")</c>.
/// See docs/methods/cohort-analyses.md.
/// </summary>
public static class CoxByArm
{
    /// <summary>Fits the model.</summary>
    /// <param name="cohort">The patients.</param>
    /// <param name="endpoint">The composite endpoint.</param>
    /// <param name="origin">The clock; covariates are read at the origin date.</param>
    /// <param name="controlArm">The reference arm (matched case-insensitively); must be among the analysable patients' arms.</param>
    /// <param name="covariates">Baseline covariates, in column order; may be empty (arm only).</param>
    /// <param name="options">Ties (Efron default), robust variance, level; null for <see cref="CoxOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An invalid endpoint, empty control arm or duplicate covariate names.</exception>
    public static CoxByArmResult Fit(IEnumerable<PatientRecord> cohort, CompositeEndpointDefinition endpoint, TimeOrigin origin, string controlArm,
        IReadOnlyList<CohortCovariate> covariates, CoxOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(controlArm);
        ArgumentNullException.ThrowIfNull(covariates);
        if (covariates.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != covariates.Count)
        {
            throw new ArgumentException("Covariate names must be unique.", nameof(covariates));
        }

        options ??= CoxOptions.Default;
        var c = SurvivalCohort.Build(cohort, endpoint, origin);
        var covText = covariates.Count == 0 ? "none" : string.Join("; ", covariates.Select(x => $"{x.Name} = {x.Description}"));
        var method = string.Create(CultureInfo.InvariantCulture,
            $"Cox proportional hazards, {options.Ties} ties, {(options.Robust ? "robust (sandwich)" : "model-based")} variance, " +
            $"{options.ConfidenceLevel * 100:0.##}% Wald intervals; arm terms vs {controlArm}; covariates: {covText}; complete cases; " +
            $"time = months from {origin.ToString().ToLowerInvariant()} (days / 30.4375), censored at the last dated record");
        var errors = new List<string>();
        var warnings = new List<string>();
        CoxByArmResult Failed() => new(method, endpoint.Describe(), origin, controlArm, 0, 0, [], null, null, null, null, null, false, c.Excluded.ToList(), warnings, errors);

        if (!c.Arms.Contains(controlArm))
        {
            errors.Add($"The control arm {controlArm} has no analysable patient (arms present: {string.Join(", ", c.Arms.Codes)}).");
            return Failed();
        }

        var treated = c.Arms.Codes.Where(a => !string.Equals(a, controlArm, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (treated.Length == 0)
        {
            errors.Add($"Only the control arm {controlArm} has analysable patients: there is no arm to compare.");
            return Failed();
        }

        var names = treated.Select(a => $"arm[{a}]").Concat(covariates.Select(x => x.Name)).ToArray();
        var rows = new List<double[]>();
        var time = new List<double>();
        var status = new List<int>();
        foreach (var (index, record, outcome) in c.Rows)
        {
            var values = covariates.Select(x => x.ValueFor(record, outcome.OriginDate!.Value)).ToArray();
            var missing = covariates.Where((_, j) => values[j] is null).Select(x => x.Name).ToList();
            if (missing.Count > 0)
            {
                c.Excluded.Add(index, outcome.PatientCode, $"missing covariate(s): {string.Join(", ", missing)}");
                continue;
            }

            var arm = treated.Select(a => string.Equals(a, outcome.ArmCode, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0);
            rows.Add(arm.Concat(values.Select(v => v!.Value)).ToArray());
            time.Add(outcome.Months!.Value);
            status.Add(outcome.EventIndicator);
        }

        var events = status.Sum();
        if (events == 0)
        {
            errors.Add(rows.Count == 0 ? "No complete case: nothing to fit." : "No events among the complete cases: the Cox model is undefined.");
            return Failed() with { Patients = rows.Count };
        }

        var x = new double[rows.Count, names.Length];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < names.Length; j++)
            {
                x[i, j] = rows[i][j];
            }
        }

        try
        {
            var fit = CoxRegression.Fit(SurvivalData.RightCensored(time.ToArray(), status.ToArray()), x, names, options: options);
            warnings.AddRange(fit.Diagnostics.Warnings);
            // A coefficient that may be infinite (monotone likelihood) can give an overflowing exp: report null, not ∞.
            var terms = fit.Coefficients.Select(k => new HazardRatioRow(k.Name, k.Estimate, k.RobustStdErr ?? k.StdErr, Finite(k.HazardRatio),
                Finite(k.HazardRatioLower), Finite(k.HazardRatioUpper), k.PValue, k.Status.ToString())).ToList();
            var ph = ProportionalHazards(fit, warnings);
            return new CoxByArmResult(method, endpoint.Describe(), origin, controlArm, fit.N, fit.Events, terms, fit.LikelihoodRatio, fit.Wald, fit.Score,
                AnalysisPopulation.OrNull(fit.Concordance.Value), ph, fit.Diagnostics.Converged, c.Excluded.ToList(), warnings, errors);
        }
        catch (StatisticsInputException ex)
        {
            errors.Add($"Cox model not fitted: {ex.Message}");
            return Failed() with { Patients = rows.Count, Events = events };
        }
    }

    private static double? Finite(double? x) => x is { } v && double.IsFinite(v) ? v : null;

    private static ChiSquareTest? ProportionalHazards(CoxFit fit, List<string> warnings)
    {
        try
        {
            return fit.TestProportionalHazards(TimeTransform.KaplanMeier).Global;
        }
        catch (StatisticsInputException ex)
        {
            warnings.Add($"Proportional-hazards test not computed: {ex.Message}");
            return null;
        }
    }
}
