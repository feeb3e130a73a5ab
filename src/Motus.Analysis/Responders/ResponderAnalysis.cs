using Motus.Analysis.Progression;
using Motus.Domain.Records;
using Motus.Statistics.Exact;

namespace Motus.Analysis.Responders;

/// <summary>
/// The "≥ X% slope reduction" responder analysis of single-arm cell-therapy studies (trial-methods §3.4):
/// R_i = 1{(ŝ_post − ŝ_pre)/|ŝ_pre| ≥ X}, defined only when ŝ_pre &lt; 0. The rate gets a Clopper–Pearson interval and is
/// always reported with natural-history nulls: P(X ≥ k | n, p₀) for every published anchor (NurOwn phase-3 placebo,
/// Oh 2018 controls, Bedlack 2016 plateaus) and, once calibrated, a simulated null. See docs/methods/responders.md.
/// </summary>
public static class ResponderAnalysis
{
    /// <summary>Tolerance of the threshold comparison, so that a reduction of exactly X counts despite rounding.</summary>
    public const double ThresholdTolerance = 1e-12;

    private const string BiasWarning = "Uncontrolled pre/post responder rates are inflated by regression to the mean, the shared baseline visit, "
        + "non-linear decline, plateaus and dropout (trial-methods §3.2): compare them with the natural-history nulls, not with 0%.";

    /// <summary>
    /// Classifies every current (not deleted) patient around their administration with <see cref="ResponderOptions.DoseNumber"/>
    /// and summarises the rate against <paramref name="nulls"/>.
    /// </summary>
    /// <param name="records">The cohort.</param>
    /// <param name="options">Definition and choices; default <see cref="ResponderOptions"/>.</param>
    /// <param name="nulls">Null anchors to compare with; default <see cref="NaturalHistoryNull.Published"/>.</param>
    public static ResponderRateResult Run(IEnumerable<PatientRecord> records, ResponderOptions? options = null, IReadOnlyList<NaturalHistoryNull>? nulls = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= new ResponderOptions();
        options.Validate();
        var all = records.ToList();
        var current = all.Where(r => !r.Patient.IsDeleted).ToList();
        var patients = current.Select(r => Classify(r.Patient.Code, PrePostSlopes.CompareAtDose(r, options.DoseNumber, options.PrePost), options)).ToList();
        var result = Summarize(patients, options, nulls);
        var deleted = all.Count - current.Count;
        return deleted == 0 ? result : result with { Warnings = [.. result.Warnings, $"{deleted} soft-deleted patient(s) ignored."] };
    }

    /// <summary>Classifies one patient from a pre/post comparison (null when the patient has no such administration).</summary>
    /// <param name="patientCode">The patient's code.</param>
    /// <param name="comparison">The pre/post comparison; null when the patient has no administration to split at.</param>
    /// <param name="options">Definition and choices.</param>
    public static PatientResponse Classify(string patientCode, PrePostComparison? comparison, ResponderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (comparison is null)
        {
            return Unevaluable(patientCode, null, null, null, options.MissingSlope, $"no current administration with dose number {options.DoseNumber}");
        }

        var pre = comparison.PreSlope.Slope;
        var post = comparison.PostSlope.Slope;
        if (pre is not { } a)
        {
            return Unevaluable(patientCode, null, post, comparison, options.MissingSlope, $"lead-in slope not estimable: {comparison.PreSlope.NotEstimableReason}");
        }

        if (post is not { } b)
        {
            return Unevaluable(patientCode, a, null, comparison, options.MissingSlope, $"post slope not estimable: {comparison.PostSlope.NotEstimableReason}");
        }

        if (a >= -options.FlatPreSlopeThreshold)
        {
            return Unevaluable(patientCode, a, b, comparison, options.NonDecliningPreSlope,
                $"lead-in slope {a:F3} points/month is flat or rising (not below −{options.FlatPreSlopeThreshold}): the slope reduction is undefined");
        }

        var reduction = (b - a) / Math.Abs(a);
        var status = reduction >= options.RelativeReduction - ThresholdTolerance ? ResponderStatus.Responder : ResponderStatus.NonResponder;
        return new PatientResponse(patientCode, status, a, b, reduction, null, comparison);
    }

    /// <summary>Summarises classified patients: the rate, its interval and the comparisons with <paramref name="nulls"/>.</summary>
    /// <param name="patients">Classified patients.</param>
    /// <param name="options">The options used to classify them.</param>
    /// <param name="nulls">Null anchors; default <see cref="NaturalHistoryNull.Published"/>.</param>
    public static ResponderRateResult Summarize(IReadOnlyList<PatientResponse> patients, ResponderOptions options, IReadOnlyList<NaturalHistoryNull>? nulls = null)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(options);
        nulls ??= NaturalHistoryNull.Published;
        var k = patients.Count(p => p.Status == ResponderStatus.Responder);
        var n = k + patients.Count(p => p.Status == ResponderStatus.NonResponder);
        var left = patients.Count - n;
        var warnings = new List<string> { BiasWarning };
        if (left > 0)
        {
            warnings.Add($"{left} of {patients.Count} patients not evaluable and left out of the denominator (see each patient's reason).");
        }

        var method = MethodText(options);
        if (n == 0)
        {
            warnings.Add("No evaluable patient: no rate.");
            return new ResponderRateResult(patients, 0, 0, left, null, null, [], null, warnings, method);
        }

        var ci = ExactBinomial.ClopperPearson(k, n, options.ConfidenceLevel);
        var comparisons = nulls.Select(z => new NullComparison(
            z, k, n, ExactBinomial.Test(k, n, z.Rate, Alternative.Greater).PValue,
            z.RelativeSlopeReduction is { } x && Math.Abs(x - options.RelativeReduction) < ThresholdTolerance)).ToList();
        return new ResponderRateResult(patients, k, n, left, (double)k / n, ci, comparisons, null, warnings, method);
    }

    private static PatientResponse Unevaluable(string code, double? pre, double? post, PrePostComparison? comparison, UnevaluablePolicy policy, string reason) =>
        policy == UnevaluablePolicy.CountAsNonResponder
            ? new PatientResponse(code, ResponderStatus.NonResponder, pre, post, null, $"counted as non-responder: {reason}", comparison)
            : new PatientResponse(code, ResponderStatus.NotEvaluable, pre, post, null, reason, comparison);

    private static string MethodText(ResponderOptions o) =>
        $"Slope responder: (post − pre)/|pre| ≥ {o.RelativeReduction:0.###} with pre < −{o.FlatPreSlopeThreshold} points/month, around dose {o.DoseNumber} "
        + $"(lead-in {o.PrePost.LeadInDays} d, post {o.PrePost.PostDays} d, baseline {o.PrePost.Baseline}); flat/rising pre: {o.NonDecliningPreSlope}; "
        + $"missing slope: {o.MissingSlope}; rate with Clopper–Pearson {o.ConfidenceLevel:0.##} CI (R: binom.test); "
        + "null tails P(X ≥ k | n, p0) exact binomial (R: binom.test(k, n, p0, alternative = \"greater\"))";
}
