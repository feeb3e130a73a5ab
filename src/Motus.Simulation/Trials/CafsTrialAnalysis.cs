using Motus.Analysis.Cafs;
using Motus.Simulation.NaturalHistory;

namespace Motus.Simulation.Trials;

// CAFS (Berry 2013) by the Finkelstein–Schoenfeld joint-rank test: death or tracheostomy within follow-up first, then the
// change in ALSFRS-R from enrolment at the last common visit time (Motus' CafsScoring defaults); the normal
// approximation of the test (z > 0 favours the active arm). The permutation p-value is not used (one relabeling only).
internal static class CafsTrialAnalysis
{
    public const string Estimand = "none reported (a rank test of the composite of survival and function; power only)";

    private static readonly PermutationOptions NoPermutation = new() { ExactMaxSubjects = 0, MonteCarloReplicates = 1 };

    public static ReplicateOutcome Run(EnrolledPatient[] patients, TrialDesign design)
    {
        var subjects = new CafsSubject[patients.Length];
        var treated = new bool[patients.Length];
        for (var i = 0; i < patients.Length; i++)
        {
            var p = patients[i].Patient;
            var baseline = p.EnrolmentVisit;
            var y0 = p.Total(baseline);
            var function = new FunctionalObservation[p.VisitCount - baseline - 1];
            for (var v = baseline + 1; v < p.VisitCount; v++)
            {
                function[v - baseline - 1] = new FunctionalObservation(p.VisitDays[v] / SimulatedPatient.DaysPerMonth, p.Total(v) - y0);
            }

            var died = p.TerminalEventObserved;
            subjects[i] = new CafsSubject(i.ToString(System.Globalization.CultureInfo.InvariantCulture), died,
                (died ? p.TerminalEventDay : p.VitalStatusEndDay) / SimulatedPatient.DaysPerMonth, function);
            treated[i] = patients[i].Active;
        }

        var test = JointRankTest.Test(CafsScoring.Scores(subjects), treated, NoPermutation);
        return test.Z is { } z ? TrialTest.DecideZ(z, design) : ReplicateOutcome.Failure("all CAFS scores are 0 (no variance)");
    }
}
