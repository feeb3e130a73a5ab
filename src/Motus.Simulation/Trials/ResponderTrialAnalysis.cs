using Motus.Simulation.NaturalHistory;

namespace Motus.Simulation.Trials;

// Responders by the single-arm studies' definition (trial-methods §3.4): ŝ_pre = OLS slope of the ALSFRS-R total over the
// lead-in visits and enrolment, ŝ_post = OLS slope over the visits from enrolment on; responder when ŝ_pre < 0 and
// (ŝ_post − ŝ_pre)/|ŝ_pre| ≥ the slowing threshold. Unevaluable patients (fewer than two visits in a window, or
// ŝ_pre ≥ 0) count as non-responders or are excluded. Arms compared with the two-proportion z-test (pooled variance for the
// test, R: prop.test(correct = FALSE)); the estimate is the risk difference active − control with a Wald (unpooled) interval.
internal static class ResponderTrialAnalysis
{
    public const string Estimand = "difference in responder proportion, active − control";

    public static ReplicateOutcome Run(EnrolledPatient[] patients, TrialDesign design, TrialAnalysis analysis)
    {
        int n1 = 0, x1 = 0, n0 = 0, x0 = 0;
        foreach (var e in patients)
        {
            var status = Classify(e.Patient, analysis.Slowing);
            if (status is null && analysis.Unevaluable == UnevaluableResponder.Exclude)
            {
                continue;
            }

            var responder = status == true ? 1 : 0;
            if (e.Active)
            {
                n1++;
                x1 += responder;
            }
            else
            {
                n0++;
                x0 += responder;
            }
        }

        if (n1 == 0 || n0 == 0)
        {
            return ReplicateOutcome.Failure("an arm has no evaluable patient");
        }

        double p1 = (double)x1 / n1, p0 = (double)x0 / n0, pooled = (double)(x1 + x0) / (n1 + n0);
        var testSe = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n0)));
        if (!(testSe > 0))
        {
            return ReplicateOutcome.Failure(pooled == 0 ? "no responders in either arm" : "every patient is a responder");
        }

        // The decision uses the pooled z; the interval the unpooled SE (both as prop.test / the Wald interval).
        var test = TrialTest.Decide(p1 - p0, testSe, null, +1, design);
        var waldSe = Math.Sqrt((p1 * (1 - p1) / n1) + (p0 * (1 - p0) / n0));
        var half = (test.Upper!.Value - test.Estimate!.Value) / testSe * waldSe;
        return test with { StandardError = waldSe, Lower = p1 - p0 - half, Upper = p1 - p0 + half };
    }

    /// <summary>True responder, false non-responder, null unevaluable.</summary>
    internal static bool? Classify(SimulatedPatient p, double slowing)
    {
        var enrolment = p.EnrolmentVisit;
        var pre = Slope(p, 0, enrolment + 1);
        var post = Slope(p, enrolment, p.VisitCount);
        if (pre is not { } sPre || post is not { } sPost || !(sPre < 0))
        {
            return null;
        }

        return (sPost - sPre) / Math.Abs(sPre) >= slowing;
    }

    private static double? Slope(SimulatedPatient p, int from, int to)
    {
        var n = to - from;
        if (n < 2)
        {
            return null;
        }

        double st = 0, sy = 0;
        for (var v = from; v < to; v++)
        {
            st += p.VisitDays[v];
            sy += p.Total(v);
        }

        double mt = st / n, my = sy / n, sxx = 0, sxy = 0;
        for (var v = from; v < to; v++)
        {
            var dt = p.VisitDays[v] - mt;
            sxx += dt * dt;
            sxy += dt * (p.Total(v) - my);
        }

        return sxx > 0 ? sxy / sxx * SimulatedPatient.DaysPerMonth : null;
    }
}
