namespace Motus.Web.Hosting;

/// <summary>
/// Limits on an uploaded PRO-ACT zip (section <c>Import</c>), checked before anything is unpacked and again while unpacking,
/// so that a small upload cannot fill the disk ("zip bomb"). The upload itself is capped at <see cref="Pages.Import.ImportModel.MaxUploadBytes"/>.
/// </summary>
public sealed class ImportOptions
{
    /// <summary>Default of <see cref="MaxUnpackedBytes"/>: 2 GiB.</summary>
    public const long DefaultMaxUnpackedBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Default of <see cref="MaxEntries"/>.</summary>
    public const int DefaultMaxEntries = 1_000;

    /// <summary>Default of <see cref="MaxCompressionRatio"/>.</summary>
    public const int DefaultMaxCompressionRatio = 200;

    /// <summary>Entries at most this large (1 MiB unpacked) are exempt from the ratio check: a small CSV of repeated values may compress very well.</summary>
    public const long RatioCheckMinBytes = 1024 * 1024;

    /// <summary><c>Import:MaxUnpackedBytes</c>: the largest total unpacked size of all entries, in bytes.</summary>
    public long MaxUnpackedBytes { get; set; } = DefaultMaxUnpackedBytes;

    /// <summary><c>Import:MaxEntries</c>: the most entries (files and folders) in the zip.</summary>
    public int MaxEntries { get; set; } = DefaultMaxEntries;

    /// <summary><c>Import:MaxCompressionRatio</c>: the largest unpacked-to-packed ratio of an entry larger than <see cref="RatioCheckMinBytes"/>.</summary>
    public int MaxCompressionRatio { get; set; } = DefaultMaxCompressionRatio;

    /// <summary>Every problem with the values, naming the setting and the rule.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxUnpackedBytes <= 0)
        {
            problems.Add($"Import:MaxUnpackedBytes must be a positive number of bytes (was {MaxUnpackedBytes}).");
        }

        if (MaxEntries <= 0)
        {
            problems.Add($"Import:MaxEntries must be positive (was {MaxEntries}).");
        }

        if (MaxCompressionRatio <= 1)
        {
            problems.Add($"Import:MaxCompressionRatio must be greater than 1 (was {MaxCompressionRatio}).");
        }

        return problems;
    }
}
