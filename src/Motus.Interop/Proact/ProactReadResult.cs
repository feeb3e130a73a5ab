namespace Motus.Interop.Proact;

/// <summary>
/// The outcome of reading a PRO-ACT folder: the dataset when nothing is wrong, otherwise every error found (up to
/// <see cref="ProactReader.MaxErrors"/>). A partly valid folder yields no dataset: imports are all-or-nothing.
/// </summary>
public sealed class ProactReadResult
{
    internal ProactReadResult(ProactDataset? dataset, IReadOnlyList<ImportError> errors, IReadOnlyList<string> ignoredFiles)
    {
        Dataset = errors.Count == 0 ? dataset : null;
        Errors = errors;
        IgnoredFiles = ignoredFiles;
    }

    /// <summary>The dataset; null when there is any error.</summary>
    public ProactDataset? Dataset { get; }

    /// <summary>Every error, ordered by file, then line.</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>Files in the folder that are not forms Motus reads (a warning, not an error), by name.</summary>
    public IReadOnlyList<string> IgnoredFiles { get; }

    /// <summary>True when no error was found.</summary>
    public bool IsValid => Errors.Count == 0;
}
