using Motus.Analysis.Cohort;

namespace Motus.Application.Analyses;

/// <summary>The baseline covariates a cohort Cox model can take, by the name used on the command line and in results.</summary>
public static class CohortCovariates
{
    /// <summary>Every covariate by name: age, male, bulbar_onset, diagnostic_delay, delta_fs (baseline window −30/+7 days).</summary>
    public static IReadOnlyDictionary<string, CohortCovariate> ByName { get; } = new[]
    {
        CohortCovariate.AgeAtOrigin, CohortCovariate.Male, CohortCovariate.BulbarOnset, CohortCovariate.DiagnosticDelayMonths, CohortCovariate.DeltaFs(),
    }.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The covariates named, in order; a usage error for an unknown or repeated name.</summary>
    /// <param name="names">The names.</param>
    public static IReadOnlyList<CohortCovariate> Resolve(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = new List<CohortCovariate>();
        foreach (var name in names)
        {
            if (!ByName.TryGetValue(name, out var c))
            {
                throw new MotusException(ExitCategory.Usage, $"--covariates: unknown covariate '{name}' (known: {string.Join(", ", ByName.Keys)}).");
            }

            if (list.Contains(c))
            {
                throw new MotusException(ExitCategory.Usage, $"--covariates names '{c.Name}' twice.");
            }

            list.Add(c);
        }

        return list;
    }
}
