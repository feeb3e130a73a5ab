using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;

namespace Motus.Analysis.Cafs;

/// <summary>The design of a CAFS analysis: the two arms, the clock, the horizon and every rule.</summary>
public sealed record CafsOptions
{
    /// <summary>The treated arm (matched case-insensitively).</summary>
    public required string TreatedArm { get; init; }

    /// <summary>The control arm (matched case-insensitively).</summary>
    public required string ControlArm { get; init; }

    /// <summary>
    /// Days after the origin at which CAFS is assessed (e.g. 365 for a 12-month endpoint): deaths and ratings after it
    /// are ignored and follow-up is cut there. Null uses all follow-up; it must be set explicitly either way.
    /// </summary>
    public required int? HorizonDays { get; init; }

    /// <summary>Time zero: the baseline rating is taken around it; default enrolment.</summary>
    public TimeOrigin Origin { get; init; } = TimeOrigin.Enrolment;

    /// <summary>The survival part; default death only (CAFS ranks on death).</summary>
    public CompositeEndpointDefinition Survival { get; init; } = CompositeEndpointDefinition.DeathOnly;

    /// <summary>Where the baseline ALSFRS-R rating may lie; default 30 days before to 7 days after the origin.</summary>
    public BaselineWindow Baseline { get; init; } = BaselineWindow.Default;

    /// <summary>The pairwise rules; default <see cref="CafsScoringOptions.Default"/>.</summary>
    public CafsScoringOptions Scoring { get; init; } = CafsScoringOptions.Default;

    /// <summary>The permutation test; default <see cref="PermutationOptions.Default"/>.</summary>
    public PermutationOptions Permutation { get; init; } = PermutationOptions.Default;

    /// <summary>Throws <see cref="ArgumentException"/> when the design cannot be applied.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(TreatedArm);
        ArgumentException.ThrowIfNullOrWhiteSpace(ControlArm);
        if (string.Equals(TreatedArm, ControlArm, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The treated and control arms are both {TreatedArm}.", nameof(ControlArm));
        }

        if (HorizonDays is { } h)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(h, 1, nameof(HorizonDays));
        }

        if (!Enum.IsDefined(Origin))
        {
            throw new ArgumentException($"Origin = {Origin} is not defined.", nameof(Origin));
        }

        ArgumentNullException.ThrowIfNull(Survival);
        ArgumentNullException.ThrowIfNull(Baseline);
        ArgumentNullException.ThrowIfNull(Scoring);
        ArgumentNullException.ThrowIfNull(Permutation);
        Survival.Validate();
        Baseline.Validate();
        Scoring.Validate();
        Permutation.Validate();
    }
}
