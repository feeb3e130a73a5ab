namespace Motus.Application.Reports;

/// <summary>Writes a report file: the folder must exist; the file is written whole (temp file, then moved into place).</summary>
public static class ReportFiles
{
    /// <summary>Writes <paramref name="html"/> to <paramref name="path"/> and returns the full path.</summary>
    public static async Task<string> WriteAsync(string path, string html, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new MotusException(ExitCategory.Usage, $"Cannot write {path}: the folder {folder} does not exist.");
        }

        var temp = full + ".tmp";
        try
        {
            await File.WriteAllTextAsync(temp, html, ct);
            File.Move(temp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException e)
        {
            File.Delete(temp);
            throw new MotusException(ExitCategory.Usage, $"Cannot write {path}: {e.Message}");
        }

        return full;
    }
}
