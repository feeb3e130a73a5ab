using Motus.Statistics.Common;

namespace Motus.Statistics.Design;

/// <summary>
/// Events and patients for a two-arm log-rank comparison with proportional hazards (fixed design, no interim looks).
/// </summary>
/// <remarks>
/// Schoenfeld: D = (z_α + z_β)² / (r(1−r)·(ln HR)²) with r = k/(1+k) the fraction in arm 1 — symmetric in k ↔ 1/k.
/// Freedman: D = (z_α + z_β)²·(1 + k·HR)² / (k·(1 − HR)²) — not symmetric; arm 1 has hazard HR × arm 2.
/// z_α = z_{1−α} one-sided or z_{1−α/2} two-sided. Both agree with rpact 3.3.4's <c>eventsFixed</c> to 1e-10 relative.
/// </remarks>
public static class SurvivalEvents
{
    /// <summary>
    /// Required events. R: <c>rpact::getSampleSizeSurvival(hazardRatio, alpha, beta = 1 - power, sided, allocationRatioPlanned, typeOfComputation)$eventsFixed</c>.
    /// Check C3 of trial-methods.md: HR 0.75, one-sided α 0.025, 80% power, 1:1 → 379.3517 events.
    /// </summary>
    /// <param name="hazardRatio">Hazard ratio under the alternative, &gt; 0 and ≠ 1.</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="power">Power in (0, 1).</param>
    /// <param name="sidedness">One-sided (rpact's default <c>sided = 1</c>) or two-sided; no default, because it changes D by ~20%.</param>
    /// <param name="allocationRatio">k = n₁/n₂, &gt; 0 (default 1).</param>
    /// <param name="formula">Schoenfeld (default, as rpact) or Freedman.</param>
    public static EventsDesign Required(
        double hazardRatio, double alpha, double power, Sidedness sidedness, double allocationRatio = 1, EventsFormula formula = EventsFormula.Schoenfeld)
    {
        ZValues.Positive(hazardRatio, nameof(hazardRatio));
        if (hazardRatio == 1)
        {
            throw new StatisticsInputException("hazardRatio = 1: there is no effect to detect, so no number of events suffices.", nameof(hazardRatio));
        }

        ZValues.Positive(allocationRatio, nameof(allocationRatio));
        var z = ZValues.Alpha(alpha, sidedness) + ZValues.Power(power);
        if (z <= 0)
        {
            throw new StatisticsInputException($"power = {power} is not above the level of the test; choose power > α.", nameof(power));
        }

        var k = allocationRatio;
        var d = formula switch
        {
            EventsFormula.Schoenfeld => z * z * (1 + k) * (1 + k) / (k * Math.Log(hazardRatio) * Math.Log(hazardRatio)),
            EventsFormula.Freedman => z * z * (1 + (k * hazardRatio)) * (1 + (k * hazardRatio)) / (k * (1 - hazardRatio) * (1 - hazardRatio)),
            _ => throw new StatisticsInputException($"formula = {formula} is not a known formula.", nameof(formula)),
        };

        return new EventsDesign(d, (int)Math.Ceiling(d), hazardRatio, alpha, power, sidedness, allocationRatio, formula);
    }

    /// <summary>Patients needed to observe <paramref name="events"/> events when each patient has the same event probability.</summary>
    /// <param name="events">Required events D, &gt; 0.</param>
    /// <param name="eventProbability">Probability that a patient has the event during follow-up, in (0, 1].</param>
    /// <param name="allocationRatio">k = n₁/n₂, &gt; 0.</param>
    public static SurvivalSampleSize SampleSizeFromEvents(double events, double eventProbability, double allocationRatio = 1) =>
        SampleSizeFromEvents(events, eventProbability, eventProbability, allocationRatio);

    /// <summary>
    /// Patients needed when the arms have different event probabilities: N = D / (r·P₁ + (1−r)·P₂), r = k/(1+k).
    /// </summary>
    /// <param name="events">Required events D, &gt; 0.</param>
    /// <param name="eventProbabilityGroup1">P(event) in arm 1, in (0, 1].</param>
    /// <param name="eventProbabilityGroup2">P(event) in arm 2, in (0, 1].</param>
    /// <param name="allocationRatio">k = n₁/n₂, &gt; 0.</param>
    public static SurvivalSampleSize SampleSizeFromEvents(double events, double eventProbabilityGroup1, double eventProbabilityGroup2, double allocationRatio)
    {
        ZValues.Positive(events, nameof(events));
        ZValues.Positive(allocationRatio, nameof(allocationRatio));
        CheckEventProbability(eventProbabilityGroup1, nameof(eventProbabilityGroup1));
        CheckEventProbability(eventProbabilityGroup2, nameof(eventProbabilityGroup2));
        var r = allocationRatio / (1 + allocationRatio);
        var p = (r * eventProbabilityGroup1) + ((1 - r) * eventProbabilityGroup2);
        var total = events / p;
        var g1 = total * r;
        var g2 = total * (1 - r);
        return new SurvivalSampleSize(total, g1, g2, (int)Math.Ceiling(g1), (int)Math.Ceiling(g2), events, p, allocationRatio);
    }

    private static void CheckEventProbability(double p, string name)
    {
        if (!(p > 0 && p <= 1))
        {
            throw new StatisticsInputException($"{name} = {p}: an event probability must lie in (0, 1].", name);
        }
    }
}
