using Motus.Simulation.NaturalHistory;
using Motus.Statistics.Design;

namespace Motus.Simulation.Trials;

/// <summary>
/// A validated two-arm trial design for simulation (docs/methods/trial-simulation.md), usually read from JSON by
/// <see cref="TrialDesignReader"/>. Time origin: enrolment (month 0); lead-in visits have negative months.
/// </summary>
public sealed record TrialDesign
{
    /// <summary>Name of the design, for reports.</summary>
    public required string Name { get; init; }

    /// <summary>The two arms: one control, one active.</summary>
    public required IReadOnlyList<TrialArm> Arms { get; init; }

    /// <summary>Entry criteria.</summary>
    public required EntryCriteria Entry { get; init; }

    /// <summary>Planned follow-up visits, months from enrolment, strictly increasing, starting at 0 and ending at or before <see cref="DurationMonths"/>.</summary>
    public required IReadOnlyList<double> VisitMonths { get; init; }

    /// <summary>Visit-day jitter: uniform whole days in [−J, J].</summary>
    public required int JitterDays { get; init; }

    /// <summary>Probability that a planned visit other than enrolment is missed.</summary>
    public required double MissedVisitProbability { get; init; }

    /// <summary>Follow-up from enrolment, months: the end of the ALSFRS-R record and of vital-status follow-up (administrative censoring).</summary>
    public required double DurationMonths { get; init; }

    /// <summary>Dropout.</summary>
    public required TrialDropout Dropout { get; init; }

    /// <summary>True effect in the active arm from enrolment: multiplier of the speed of decline (1 = none).</summary>
    public required double SlopeMultiplier { get; init; }

    /// <summary>True effect in the active arm from enrolment: hazard ratio on death or tracheostomy (1 = none).</summary>
    public required double HazardRatio { get; init; }

    /// <summary>The analyses run on every simulated trial.</summary>
    public required IReadOnlyList<TrialAnalysis> Analyses { get; init; }

    /// <summary>Significance level: total for a two-sided test, the one tail favouring the active arm for a one-sided test.</summary>
    public required double Alpha { get; init; }

    /// <summary>One- or two-sided tests.</summary>
    public required Sidedness Sidedness { get; init; }

    /// <summary>Number of simulated trials.</summary>
    public required int Replicates { get; init; }

    /// <summary>Seed: trial k uses streams derived from <c>RandomStream.ForReplicate(Seed, k)</c>.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Eligible patients of the large paired trial that defines the true value of each estimand (default 20,000; each enrolled in both arms).</summary>
    public int TruthPatientsPerArm { get; init; } = 20_000;

    /// <summary>Natural-history parameters (the calibrated defaults unless given in code).</summary>
    public NaturalHistoryParameters NaturalHistory { get; init; } = NaturalHistoryParameters.Default;

    /// <summary>The control arm.</summary>
    public TrialArm Control => Arms.Single(a => a.IsControl);

    /// <summary>The active arm.</summary>
    public TrialArm Active => Arms.Single(a => !a.IsControl);

    /// <summary>True when the design has no treatment effect (the simulation then estimates type-I error).</summary>
    public bool IsNull => SlopeMultiplier == 1 && HazardRatio == 1;

    /// <summary>Patients randomised per trial.</summary>
    public int TotalSize => Arms.Sum(a => a.Size);

    /// <summary>The generator's visit schedule: lead-in visits, then the follow-up visits; vital status to the end of the trial.</summary>
    /// <param name="completeFollowUp">True for the truth trial: no missed visits.</param>
    public VisitSchedule Schedule(bool completeFollowUp = false)
    {
        var months = new List<double>();
        if (Entry.LeadIn is { } lead)
        {
            var k = (int)Math.Floor((lead.Months / lead.IntervalMonths) + 1e-9);
            for (var i = k; i >= 1; i--)
            {
                months.Add(-Math.Min(lead.Months, i * lead.IntervalMonths));
            }

            if (months.Count == 0 || months[0] > -lead.Months)
            {
                months.Insert(0, -lead.Months);
            }
        }

        months.AddRange(VisitMonths);
        return new VisitSchedule
        {
            PlannedMonths = months.Distinct().Order().ToArray(),
            JitterDays = JitterDays,
            MissedVisitProbability = completeFollowUp ? 0 : MissedVisitProbability,
            VitalStatusMonths = DurationMonths,
        };
    }

    /// <summary>The generator's parameters with this design's dropout (none for the truth trial).</summary>
    /// <param name="completeFollowUp">True for the truth trial: no dropout.</param>
    public NaturalHistoryParameters GeneratorParameters(bool completeFollowUp = false) => NaturalHistory with
    {
        DropoutBaseRate = completeFollowUp ? 0 : Dropout.RatePerMonth,
        DropoutLossCoefficient = completeFollowUp || !Dropout.Informative ? 0 : NaturalHistory.DropoutLossCoefficient,
    };
}
