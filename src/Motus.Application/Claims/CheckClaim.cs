using System.Text.Json;
using System.Text.Json.Serialization;
using Motus.Simulation.Claims;
using Motus.Simulation.RegressionToMean;

namespace Motus.Application.Claims;

/// <summary>
/// The claim-check use case: a <see cref="ClaimCheckRequest"/> in, a <see cref="ClaimCheckResult"/> out, under the
/// linear Gaussian null model of trial-methods §3.4. Used by <c>motus claim check</c> and, for each published
/// single-arm claim, by the evidence library. Invalid requests throw <see cref="MotusException"/> (usage).
/// </summary>
public static class CheckClaim
{
    private static readonly JsonSerializerOptions FileOptions = CreateFileOptions();

    /// <summary>Runs the check.</summary>
    /// <param name="request">The claim and simulation settings.</param>
    /// <param name="threads">Maximum threads (null: all cores); never changes the result.</param>
    /// <param name="progress">Progress reports from worker threads; may be null.</param>
    /// <param name="ct">Cancellation.</param>
    public static ClaimCheckResult Run(ClaimCheckRequest request, int? threads = null, IProgress<ClaimCheckProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (claim, model, settings) = Build(request, threads);
        return Analyses.OptionGuard.Check(() => ClaimCheck.Run(claim, model, settings, progress, ct));
    }

    /// <summary>Reads a claim file (JSON, camelCase, enums as strings; see docs/examples/claim-check.json).</summary>
    /// <param name="path">The file.</param>
    public static ClaimCheckRequest ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new MotusException(ExitCategory.Usage, $"Claim file not found: {path}");
        }

        try
        {
            return JsonSerializer.Deserialize<ClaimCheckRequest>(File.ReadAllText(path), FileOptions)
                ?? throw new MotusException(ExitCategory.Data, $"{path}: the file holds no claim.");
        }
        catch (JsonException e)
        {
            throw new MotusException(ExitCategory.Data, $"{path}: not a valid claim file: {e.Message}");
        }
    }

    private static (Claim Claim, IUntreatedTrajectoryModel Model, ClaimCheckSettings Settings) Build(ClaimCheckRequest r, int? threads)
    {
        EntryRule entry;
        try
        {
            entry = EntryRule.Parse(r.Entry);
        }
        catch (FormatException e)
        {
            throw new MotusException(ExitCategory.Usage, e.Message);
        }

        if (threads is < 1)
        {
            throw new MotusException(ExitCategory.Usage, $"Threads must be at least 1; got {threads}.");
        }

        return Analyses.OptionGuard.Check(() =>
        {
            var schedule = new PrePostSchedule(r.PreTimes ?? [], r.PostTimes ?? [], r.Baseline);
            var claim = new Claim(r.Patients, r.Responders, new ResponderDefinition(r.Criterion, r.Threshold), schedule, entry);
            var model = new LinearGaussianTrajectoryModel(r.SlopeMean, r.SlopeSd, r.ResidualSd, r.Rounding, r.BaselineMean, r.BaselineSd);
            var settings = new ClaimCheckSettings(r.Replicates, r.Studies, r.Seed, threads ?? Environment.ProcessorCount, r.GridResidualSds ?? [], r.GridSlopeSds ?? []);
            return (claim, (IUntreatedTrajectoryModel)model, settings);
        });
    }

    private static JsonSerializerOptions CreateFileOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        return options;
    }
}
