using Motus.Simulation.NaturalHistory;

namespace Motus.Simulation.Trials;

// Evaluates the entry criteria on what a study knows by enrolment (visits on or before day 0). The criteria are checked
// in a fixed order and the first one failed is returned, so screen failures can be tallied by criterion.
internal static class EntryCheck
{
    public static readonly string[] CriterionNames =
        ["monthsSinceOnset", "alsfrsR", "deltaFs", "encalsLinearPredictor", "fvcPercent", "leadIn (lead-in visit attended)", "leadIn.minDecline"];

    /// <summary>−1 when eligible, else the index in <see cref="CriterionNames"/> of the first criterion failed.</summary>
    public static int FirstFailure(SimulatedPatient p, EntryCriteria e)
    {
        var enrolment = p.EnrolmentVisit;
        var total = p.Total(enrolment);
        if (e.MonthsSinceOnset is { } onset && !onset.Contains(-p.OnsetDay / SimulatedPatient.DaysPerMonth))
        {
            return 0;
        }

        if (e.AlsfrsR is { } score && !score.Contains(total))
        {
            return 1;
        }

        if (e.DeltaFs is { } dfs && !dfs.Contains(p.DeltaFsAtEnrolment))
        {
            return 2;
        }

        if (e.EncalsLinearPredictor is { } lp && !lp.Contains(p.EncalsLinearPredictor))
        {
            return 3;
        }

        if (e.FvcPercent is { } fvc && !fvc.Contains(p.FvcPercent[enrolment]))
        {
            return 4;
        }

        if (e.LeadIn is { } lead)
        {
            // The first planned lead-in visit (month −L) must have been attended: the earliest visit lies in the first half
            // interval of the lead-in (plus jitter).
            var latestStart = -(lead.Months - (lead.IntervalMonths / 2)) * SimulatedPatient.DaysPerMonth;
            if (enrolment == 0 || p.VisitDays[0] > latestStart)
            {
                return 5;
            }

            if (lead.MinDecline is { } k && p.Total(0) - total < k)
            {
                return 6;
            }
        }

        return -1;
    }
}
