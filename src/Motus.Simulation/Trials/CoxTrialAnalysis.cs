using Motus.Simulation.NaturalHistory;
using Motus.Statistics.Common;
using Motus.Statistics.Survival;

namespace Motus.Simulation.Trials;

// Time from enrolment to death or tracheostomy, censored at the end of follow-up (vital status is known after dropout);
// Cox model with the arm as the only covariate, Efron ties, Wald z. R: survival::coxph(Surv(t, d) ~ arm).
internal static class CoxTrialAnalysis
{
    public const string Estimand = "log hazard ratio of death or tracheostomy, active vs control (unadjusted Cox; marginal, so nearer 0 than the generator's conditional HR when risk varies between patients)";

    public static ReplicateOutcome Run(EnrolledPatient[] patients, TrialDesign design)
    {
        var n = patients.Length;
        var time = new double[n];
        var status = new int[n];
        var x = new double[n, 1];
        for (var i = 0; i < n; i++)
        {
            var p = patients[i].Patient;
            var observed = p.TerminalEventObserved;
            time[i] = (observed ? p.TerminalEventDay : p.VitalStatusEndDay) / SimulatedPatient.DaysPerMonth;
            status[i] = observed ? 1 : 0;
            x[i, 0] = patients[i].Active ? 1 : 0;
        }

        CoxFit fit;
        try
        {
            fit = CoxRegression.Fit(SurvivalData.RightCensored(time, status), x, ["active"]);
        }
        catch (StatisticsInputException e)
        {
            return ReplicateOutcome.Failure("Cox model not fitted: " + e.Message);
        }

        var c = fit.Coefficients[0];
        if (c.Status != CoefficientStatus.Estimated || c.Estimate is not { } beta || c.StdErr is not { } se)
        {
            return ReplicateOutcome.Failure($"Cox coefficient {c.Status}");
        }

        return TrialTest.Decide(beta, se, null, -1, design, !fit.Diagnostics.Converged, fit.Diagnostics.Converged ? null : "Cox fit did not converge");
    }
}
