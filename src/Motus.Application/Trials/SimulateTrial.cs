using System.Diagnostics;
using Motus.Simulation.Trials;

namespace Motus.Application.Trials;

/// <summary>What to simulate.</summary>
/// <param name="DesignPath">The design file (JSON; docs/examples/trial-design.json).</param>
/// <param name="Replicates">Overrides the design's replicates when given (1 … 1,000,000).</param>
/// <param name="Seed">Overrides the design's seed when given.</param>
/// <param name="Threads">Worker threads (1 … 256); the result does not depend on it.</param>
public sealed record SimulateTrialRequest(string DesignPath, int? Replicates = null, ulong? Seed = null, int Threads = 1);

/// <summary>The outcome: the operating characteristics, or the design's errors.</summary>
/// <param name="Simulation">The result; null when the design has errors.</param>
/// <param name="Errors">Design errors (JSON path and rule); empty on success.</param>
/// <param name="Threads">Threads used.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record SimulateTrialResult(TrialSimulationResult? Simulation, IReadOnlyList<DesignError> Errors, int Threads, TimeSpan Elapsed)
{
    /// <summary>True when the design was valid and simulated.</summary>
    public bool Succeeded => Simulation is not null;
}

/// <summary>
/// <c>motus design simulate</c>: reads a trial design, simulates it (<see cref="TrialSimulator"/>) and returns power or
/// type-I error, bias and coverage with their Monte Carlo SEs (docs/methods/trial-simulation.md).
/// </summary>
public static class SimulateTrial
{
    /// <summary>Runs the use case.</summary>
    /// <param name="request">The request.</param>
    /// <param name="progress">Optional progress (reported from worker threads).</param>
    /// <param name="cancellationToken">Cancels the simulation.</param>
    /// <exception cref="MotusException">The file cannot be read, an override is out of range, or the design cannot be filled.</exception>
    public static SimulateTrialResult Run(SimulateTrialRequest request, IProgress<TrialSimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Threads is < 1 or > 256)
        {
            throw new MotusException($"--threads {request.Threads}: must lie between 1 and 256.");
        }

        if (request.Replicates is { } r && r is < 1 or > 1_000_000)
        {
            throw new MotusException($"--replicates {r}: must lie between 1 and 1,000,000.");
        }

        string json;
        try
        {
            json = File.ReadAllText(request.DesignPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new MotusException($"cannot read the design file {request.DesignPath}: {e.Message}");
        }

        var clock = Stopwatch.StartNew();
        var parsed = TrialDesignReader.Parse(json);
        if (!parsed.IsValid)
        {
            return new SimulateTrialResult(null, parsed.Errors, request.Threads, clock.Elapsed);
        }

        var design = parsed.Design! with
        {
            Replicates = request.Replicates ?? parsed.Design!.Replicates,
            Seed = request.Seed ?? parsed.Design!.Seed,
        };
        try
        {
            var result = TrialSimulator.Run(design, request.Threads, progress, cancellationToken);
            return new SimulateTrialResult(result, [], request.Threads, clock.Elapsed);
        }
        catch (TrialDesignException e)
        {
            throw new MotusException(ExitCategory.Data, e.Message);
        }
    }
}
