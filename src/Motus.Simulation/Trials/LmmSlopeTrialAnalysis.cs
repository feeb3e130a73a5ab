using Motus.Simulation.NaturalHistory;
using Motus.Statistics.Common;
using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;

namespace Motus.Simulation.Trials;

// ALSFRS-R total ~ time + active + time:active + (time | patient), REML, on the visits from enrolment (day 0) to the end
// of follow-up; time in months since enrolment. The estimate is the time:active coefficient, the difference in mean
// slope (points/month, active − control; positive favours the active arm). R: lmerTest::lmer(y ~ t * arm + (t | id)).
internal static class LmmSlopeTrialAnalysis
{
    public const string Estimand = "difference in mean ALSFRS-R slope, active − control, points/month (LMM time:arm coefficient)";

    public static ReplicateOutcome Run(EnrolledPatient[] patients, TrialDesign design, TrialAnalysis analysis)
    {
        var rows = 0;
        foreach (var e in patients)
        {
            rows += e.Patient.VisitCount - e.Patient.EnrolmentVisit;
        }

        var y = new double[rows];
        var t = new double[rows];
        var arm = new double[rows];
        var ta = new double[rows];
        var id = new int[rows];
        var r = 0;
        for (var i = 0; i < patients.Length; i++)
        {
            var p = patients[i].Patient;
            var a = patients[i].Active ? 1.0 : 0.0;
            var days = p.VisitDays;
            for (var v = p.EnrolmentVisit; v < p.VisitCount; v++)
            {
                y[r] = p.Total(v);
                t[r] = days[v] / SimulatedPatient.DaysPerMonth;
                arm[r] = a;
                ta[r] = a * t[r];
                id[r] = i;
                r++;
            }
        }

        LinearMixedModelResult<int> fit;
        try
        {
            fit = LinearMixedModel.Fit(y, DesignMatrix.FromColumns(("time", t), ("active", arm), ("time:active", ta)), id, RandomEffectsTerm.InterceptAndSlope(t));
        }
        catch (StatisticsInputException e)
        {
            return ReplicateOutcome.Failure("LMM not fitted: " + e.Message);
        }

        var effect = fit["time:active"];
        if (effect.Estimate is not { } estimate || effect.StandardError is not { } se)
        {
            return ReplicateOutcome.Failure("the time:active coefficient is not estimable");
        }

        double? df = null;
        if (analysis.LmmTest == LmmTestKind.Satterthwaite)
        {
            if (effect.Df is not { } d)
            {
                return ReplicateOutcome.Failure("Satterthwaite df not defined");
            }

            df = d;
        }

        var warning = !fit.Diagnostics.Converged ? "LMM optimiser did not converge" : fit.IsSingular ? "boundary (singular) LMM fit" : null;
        return TrialTest.Decide(estimate, se, df, +1, design, !fit.Diagnostics.Converged, warning);
    }
}
