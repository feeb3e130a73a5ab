using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>
/// Entry point of the evidence use cases: the library shipped with Motus (embedded in Motus.Analysis), or a folder of
/// the same layout when editing the data. A library that breaks a loader rule is a data error listing every rule broken.
/// </summary>
public static class EvidenceCatalog
{
    /// <summary>Loads the shipped library, or the one under <paramref name="folder"/> when given.</summary>
    /// <param name="clock">Clock for the plausible-year rule.</param>
    /// <param name="folder">A folder holding studies/ and reviews/; null for the shipped data.</param>
    /// <exception cref="MotusException">The data breaks a loader rule (data error), or the folder does not exist (usage error).</exception>
    public static EvidenceLibrary Load(TimeProvider clock, string? folder = null)
    {
        EvidenceLoadResult result;
        try
        {
            result = folder is null ? EvidenceLoader.LoadEmbedded(clock) : EvidenceLoader.LoadDirectory(folder, clock);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new MotusException(ExitCategory.Usage, e.Message);
        }

        if (!result.Succeeded)
        {
            throw new MotusException(ExitCategory.Data,
                $"the evidence data breaks {result.Errors.Count} rule(s):\n  " + string.Join("\n  ", result.Errors.Select(e => e.ToString())));
        }

        return result.Library!;
    }

    /// <summary>The study with <paramref name="id"/>.</summary>
    /// <exception cref="MotusException">No such study (usage error naming the known ids).</exception>
    public static EvidenceStudy Study(EvidenceLibrary library, string id) =>
        library.FindStudy(id) ?? throw new MotusException(ExitCategory.Usage,
            $"no study '{id}' in the evidence library; known ids: {string.Join(", ", library.Studies.Select(s => s.Id))}");
}
