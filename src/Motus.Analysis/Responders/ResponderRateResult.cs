using Motus.Statistics.Exact;

namespace Motus.Analysis.Responders;

/// <summary>
/// A responder rate with its exact interval, always next to natural-history nulls: a single-arm rate means nothing
/// against 0%, only against the rate untreated patients reach by chance.
/// </summary>
/// <param name="Patients">Every patient's classification.</param>
/// <param name="Responders">Responders k.</param>
/// <param name="Evaluable">Patients in the denominator n (responders and non-responders).</param>
/// <param name="NotEvaluable">Patients left out of the denominator.</param>
/// <param name="Rate">k / n; null when n = 0.</param>
/// <param name="ConfidenceInterval">Clopper–Pearson interval of the rate (R: <c>binom.test(k, n)$conf.int</c>); null when n = 0.</param>
/// <param name="PublishedNulls">The count against every published anchor; empty when n = 0.</param>
/// <param name="SimulatedNull">The count against a simulated null, once a calibrator provides one; null until then.</param>
/// <param name="Warnings">Biases of the design and patients left out.</param>
/// <param name="Method">The definition, the policies and the tests.</param>
public sealed record ResponderRateResult(
    IReadOnlyList<PatientResponse> Patients,
    int Responders,
    int Evaluable,
    int NotEvaluable,
    double? Rate,
    ProportionInterval? ConfidenceInterval,
    IReadOnlyList<NullComparison> PublishedNulls,
    SimulatedNullComparison? SimulatedNull,
    IReadOnlyList<string> Warnings,
    string Method)
{
    /// <summary>
    /// This result with <paramref name="simulated"/> compared: the binomial tail at the simulated rate and the
    /// simulation's own exceedance probability. Throws <see cref="InvalidOperationException"/> when no patient is evaluable.
    /// </summary>
    /// <param name="simulated">The calibrated null.</param>
    public ResponderRateResult WithSimulatedNull(SimulatedNull simulated)
    {
        ArgumentNullException.ThrowIfNull(simulated);
        if (!(simulated.Rate >= 0 && simulated.Rate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(simulated), simulated.Rate, "The simulated rate must lie in [0, 1].");
        }

        if (Evaluable == 0)
        {
            throw new InvalidOperationException("No evaluable patient: there is no count to compare with a null.");
        }

        var p = ExactBinomial.Test(Responders, Evaluable, simulated.Rate, Alternative.Greater).PValue;
        return this with { SimulatedNull = new SimulatedNullComparison(simulated, p, simulated.ExceedanceProbability) };
    }
}
