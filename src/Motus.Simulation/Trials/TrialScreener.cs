using Motus.Simulation.Common;
using Motus.Simulation.NaturalHistory;

namespace Motus.Simulation.Trials;

// Fills the arms of one simulated trial (one instance per thread: the generator keeps scratch buffers). Trial k draws a
// patient seed and the allocation from RandomStream.ForReplicate(seed, k); candidate i comes from
// RandomStream.ForReplicate(patientSeed, i). Candidates are screened untreated; an eligible candidate takes the next
// allocation slot, and if that slot is active the same candidate is generated again from the same stream with the true
// effect, so the arms share covariates and pre-enrolment course and differ only by the effect after day 0.
internal sealed class TrialScreener
{
    private readonly TrialDesign _design;
    private readonly NaturalHistoryGenerator _generator;
    private readonly TreatmentEffect _effect;
    private readonly long _maxScreened;

    public TrialScreener(TrialDesign design, bool completeFollowUp)
    {
        _design = design;
        _generator = new NaturalHistoryGenerator(design.GeneratorParameters(completeFollowUp), design.Schedule(completeFollowUp));
        _effect = new TreatmentEffect(0, design.SlopeMultiplier, design.HazardRatio);
        _maxScreened = 1000L * Math.Max(design.TotalSize, 100);
    }

    /// <summary>Screens and randomises one trial of <paramref name="controlSize"/> + <paramref name="activeSize"/> patients.</summary>
    public EnrolledPatient[] Enrol(RandomStream trialStream, int controlSize, int activeSize, long[] failures, out long screened)
    {
        var patientSeed = trialStream.NextUInt64();
        var n = controlSize + activeSize;
        var allocation = new bool[n];
        for (var j = 0; j < activeSize; j++)
        {
            allocation[j] = true;
        }

        trialStream.Shuffle(allocation.AsSpan());
        var enrolled = new EnrolledPatient[n];
        long i = 0;
        for (var j = 0; j < n; j++)
        {
            while (true)
            {
                if (i >= _maxScreened)
                {
                    throw new TrialDesignException(
                        $"The entry criteria admitted {j} of {i:N0} simulated patients screened for a trial of {n}: widen the criteria (the screen-failure counts by criterion show which one excludes most).");
                }

                var index = (int)i++;
                var candidate = _generator.Generate(RandomStream.ForReplicate(patientSeed, index), index);
                var failed = EntryCheck.FirstFailure(candidate, _design.Entry);
                if (failed >= 0)
                {
                    failures[failed]++;
                    continue;
                }

                if (allocation[j] && !_effect.IsNone)
                {
                    candidate = _generator.Generate(RandomStream.ForReplicate(patientSeed, index), index, _effect);
                }

                enrolled[j] = new EnrolledPatient(candidate, allocation[j]);
                break;
            }
        }

        screened = i;
        return enrolled;
    }

    /// <summary>
    /// The truth trial: <paramref name="perArm"/> eligible patients, each enrolled twice, untreated in the control arm and
    /// treated (same stream, so same covariates, course before day 0 and random draws) in the active arm. The arms then differ
    /// only by the effect, which makes the large-trial estimate of each estimand far more precise than two independent arms.
    /// </summary>
    public EnrolledPatient[] EnrolPaired(RandomStream trialStream, int perArm)
    {
        var patientSeed = trialStream.NextUInt64();
        var enrolled = new EnrolledPatient[2 * perArm];
        var failures = new long[EntryCheck.CriterionNames.Length];
        long i = 0;
        for (var j = 0; j < perArm; j++)
        {
            while (true)
            {
                if (i >= _maxScreened * 10)
                {
                    throw new TrialDesignException($"The entry criteria admitted {j} of {i:N0} simulated patients screened for the truth trial: widen the criteria.");
                }

                var index = (int)i++;
                var candidate = _generator.Generate(RandomStream.ForReplicate(patientSeed, index), index);
                if (EntryCheck.FirstFailure(candidate, _design.Entry) >= 0)
                {
                    continue;
                }

                enrolled[j] = new EnrolledPatient(candidate, false);
                enrolled[perArm + j] = new EnrolledPatient(_generator.Generate(RandomStream.ForReplicate(patientSeed, index), index, _effect), true);
                break;
            }
        }

        return enrolled;
    }
}
