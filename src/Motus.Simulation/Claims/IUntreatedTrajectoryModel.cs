using Motus.Simulation.Common;

namespace Motus.Simulation.Claims;

/// <summary>
/// The null model of a claim check: how an untreated patient's ALSFRS-R scores at given times are generated. The claim
/// check only sees scores, so any model can serve — the linear Gaussian model of trial-methods §3.4
/// (<see cref="LinearGaussianTrajectoryModel"/>) today, the full natural-history generator
/// (Motus.Simulation.NaturalHistory) later: implement this interface over it and pass it to <see cref="ClaimCheck.Run"/>.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe for concurrent calls with different <see cref="RandomStream"/>s (hold no mutable
/// state) and draw only from the given stream, so that results depend on the seed alone. <see cref="Simulate"/> runs
/// once per simulated patient in the inner loop: it should not allocate.
/// </remarks>
public interface IUntreatedTrajectoryModel
{
    /// <summary>Short name of the model, printed with every result.</summary>
    string Name { get; }

    /// <summary>The model and its parameter values, in words.</summary>
    string Description { get; }

    /// <summary>Every assumption a reader must know to judge the result (one sentence each).</summary>
    IReadOnlyList<string> Assumptions { get; }

    /// <summary>Writes one untreated patient's observed scores at <paramref name="times"/> (months; 0 = treatment) into <paramref name="scores"/>.</summary>
    /// <param name="random">The stream to draw from.</param>
    /// <param name="times">Assessment times, months.</param>
    /// <param name="scores">Output, same length as <paramref name="times"/>.</param>
    void Simulate(RandomStream random, ReadOnlySpan<double> times, Span<double> scores);

    /// <summary>
    /// The same model with another residual SD σe and slope SD σ1, for the sensitivity grid; null when the model has no
    /// such parameters (the grid is then omitted with a warning).
    /// </summary>
    /// <param name="residualSd">σe, points.</param>
    /// <param name="slopeSd">σ1, points/month.</param>
    IUntreatedTrajectoryModel? WithVariability(double residualSd, double slopeSd);
}
