using System.Globalization;
using System.IO.Compression;
using Motus.Web.Hosting;

namespace Motus.Web.Pages.Import;

/// <summary>
/// Unpacks an uploaded zip within <see cref="ImportOptions"/>: the central directory is checked first (entry count, declared
/// total size, compression ratio per entry), then every entry is copied through a counting loop that stops as soon as the
/// running total passes the cap, because a crafted header can under-declare what an entry inflates to. Entries that would land
/// outside the folder ("zip slip") are refused too.
/// </summary>
public static class ZipGuard
{
    /// <summary>Unpacks <paramref name="zip"/> into <paramref name="folder"/>; returns why it refused, or <see langword="null"/> when every entry was written.</summary>
    /// <exception cref="InvalidDataException">The stream is not a readable zip.</exception>
    public static async Task<string?> ExtractAsync(Stream zip, DirectoryInfo folder, ImportOptions limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(limits);

        await using var archive = await ZipArchive.CreateAsync(zip, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct);
        if (Check(archive, limits) is { } refusal)
        {
            return refusal;
        }

        var root = Path.TrimEndingDirectorySeparator(folder.FullName) + Path.DirectorySeparatorChar;
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                return $"Refused: entry '{entry.FullName}' would be written outside the import folder.";
            }

            if (entry.Name.Length == 0) // a folder entry ("forms/")
            {
                Directory.CreateDirectory(target);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var source = await entry.OpenAsync(ct);
            await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, useAsync: true);
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > limits.MaxUnpackedBytes)
                {
                    return $"Refused: the zip unpacks to more than the limit of {Bytes(limits.MaxUnpackedBytes)} (Import:MaxUnpackedBytes) — entry '{entry.FullName}' inflates beyond its declared size.";
                }

                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        return null;
    }

    /// <summary>The checks on the central directory alone: entry count, then each entry's uniqueness and compression ratio, then the declared total.</summary>
    public static string? Check(ZipArchive archive, ImportOptions limits)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(limits);
        var entries = archive.Entries;
        if (entries.Count > limits.MaxEntries)
        {
            return $"Refused: the zip holds {entries.Count} entries; the limit is {limits.MaxEntries} (Import:MaxEntries).";
        }

        long total = 0;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase); // case-insensitive file systems would merge them
        foreach (var entry in entries)
        {
            if (entry.Name.Length > 0 && !names.Add(entry.FullName))
            {
                return $"Refused: entry '{entry.FullName}' appears more than once in the zip.";
            }

            if (entry.Length > ImportOptions.RatioCheckMinBytes && (entry.CompressedLength == 0 || entry.Length / entry.CompressedLength > limits.MaxCompressionRatio))
            {
                var ratio = entry.CompressedLength == 0 ? "unbounded" : (entry.Length / entry.CompressedLength).ToString(CultureInfo.InvariantCulture);
                return $"Refused: entry '{entry.FullName}' unpacks {ratio} times its packed size ({Bytes(entry.Length)} from {Bytes(entry.CompressedLength)}); the limit is {limits.MaxCompressionRatio}:1 (Import:MaxCompressionRatio) for entries over 1 MiB.";
            }

            total = entry.Length > long.MaxValue - total ? long.MaxValue : total + entry.Length; // a forged header must not overflow the sum
        }

        return total > limits.MaxUnpackedBytes
            ? $"Refused: the zip declares {Bytes(total)} unpacked; the limit is {Bytes(limits.MaxUnpackedBytes)} (Import:MaxUnpackedBytes)."
            : null;
    }

    private static string Bytes(long bytes) => $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";
}
