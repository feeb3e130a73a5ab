using System.Reflection;
using System.Text.Json;

namespace Motus.Analysis.Evidence;

/// <summary>
/// Reads and validates the evidence library. The shipped data (data/evidence/studies/*.json and reviews/*.json) is
/// embedded in this assembly at build time, so every tool sees the same version of it; <see cref="LoadDirectory"/> reads
/// a folder of the same layout (for editing the data and for tests). Expected failures are values: every broken rule
/// comes back in <see cref="EvidenceLoadResult.Errors"/> with file, field and rule.
/// </summary>
public static class EvidenceLoader
{
    private const string ResourcePrefix = "evidence/";

    /// <summary>Loads the library embedded in this assembly.</summary>
    /// <param name="clock">Clock for the latest plausible year (next year).</param>
    public static EvidenceLoadResult LoadEmbedded(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var assembly = typeof(EvidenceLoader).Assembly;
        var files = new List<(string Name, string Text)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add((name[ResourcePrefix.Length..].Replace('\\', '/'), reader.ReadToEnd()));
        }

        return Load(files, clock);
    }

    /// <summary>Loads <paramref name="root"/>/studies/*.json and <paramref name="root"/>/reviews/*.json.</summary>
    /// <param name="root">The folder holding <c>studies/</c> and <c>reviews/</c>.</param>
    /// <param name="clock">Clock for the latest plausible year.</param>
    /// <exception cref="DirectoryNotFoundException"><paramref name="root"/> or its <c>studies</c> folder does not exist.</exception>
    public static EvidenceLoadResult LoadDirectory(string root, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var studies = Path.Combine(root, "studies");
        if (!Directory.Exists(studies))
        {
            throw new DirectoryNotFoundException($"{studies} does not exist: an evidence folder holds studies/ and reviews/.");
        }

        var files = new List<(string Name, string Text)>();
        foreach (var sub in new[] { "studies", "reviews" })
        {
            var dir = Path.Combine(root, sub);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
            {
                files.Add(($"{sub}/{Path.GetFileName(path)}", File.ReadAllText(path)));
            }
        }

        return Load(files, clock);
    }

    private static EvidenceLoadResult Load(List<(string Name, string Text)> files, TimeProvider clock)
    {
        var errors = new List<EvidenceError>();
        var studies = new List<(string, EvidenceStudy)>();
        var reviews = new List<(string, SystematicReview)>();
        var unreadable = new List<string>();
        foreach (var (name, text) in files)
        {
            if (name.StartsWith("studies/", StringComparison.Ordinal))
            {
                if (Read<EvidenceStudy>(name, text, errors) is { } s)
                {
                    studies.Add((name, s));
                }
                else
                {
                    unreadable.Add(Path.GetFileNameWithoutExtension(name));
                }
            }
            else if (name.StartsWith("reviews/", StringComparison.Ordinal))
            {
                if (Read<SystematicReview>(name, text, errors) is { } r)
                {
                    reviews.Add((name, r));
                }
            }
        }

        var maxYear = clock.GetUtcNow().Year + 1;
        errors.AddRange(EvidenceValidator.Validate(studies, reviews, maxYear, unreadable));
        if (errors.Count > 0)
        {
            return new EvidenceLoadResult(null, errors);
        }

        var library = new EvidenceLibrary(
            studies.Select(s => s.Item2).OrderBy(s => s.Year.Value).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(),
            reviews.Select(r => r.Item2).OrderBy(r => r.Year.Value).ThenBy(r => r.Id, StringComparer.Ordinal).ToList());
        return new EvidenceLoadResult(library, []);
    }

    private static T? Read<T>(string name, string text, List<EvidenceError> errors) where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(text, EvidenceJson.Options);
            if (value is null)
            {
                errors.Add(new EvidenceError(name, "", EvidenceRules.Json, "the file holds JSON null"));
            }

            return value;
        }
        catch (JsonException e)
        {
            errors.Add(new EvidenceError(name, e.Path ?? "", EvidenceRules.Json, e.Message));
            return null;
        }
    }
}
