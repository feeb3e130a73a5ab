using System.Text;
using Motus.Interop.Proact;

namespace Motus.Interop.Tests.Proact;

/// <summary>
/// A temporary folder of PRO-ACT forms, usually a copy of the valid fixture with one edit, deleted on dispose.
/// Lines are 1-based physical lines, as in <see cref="ImportError.Line"/>.
/// </summary>
internal sealed class ProactFolder : IDisposable
{
    public static readonly DateOnly Anchor = new(2020, 1, 1);
    public static readonly DateOnly Today = new(2025, 6, 1);

    private ProactFolder(string path) => Path = path;

    public static string ValidFixture => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "proact", "valid");

    public static ProactImportOptions Options => new(Anchor, "PROACT-TEST", "PRO-ACT fixture", "SITE-1", Today);

    public string Path { get; }

    public static ProactFolder Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "motus-proact-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new ProactFolder(path);
    }

    public static ProactFolder CopyOfValid()
    {
        var folder = Empty();
        foreach (var file in Directory.GetFiles(ValidFixture, "*.csv"))
        {
            File.Copy(file, folder.FileOf(System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    public ProactReadResult Read() => ProactReader.Read(Path, Options);

    public string FileOf(string name) => System.IO.Path.Combine(Path, name);

    public string[] Lines(string name) => File.ReadAllText(FileOf(name)).TrimEnd('\n').Split('\n');

    public void WriteLines(string name, IEnumerable<string> lines) => File.WriteAllText(FileOf(name), string.Join('\n', lines) + "\n");

    public void Edit(string name, Func<string, string> edit) => File.WriteAllText(FileOf(name), edit(File.ReadAllText(FileOf(name))));

    public void AppendLine(string name, string line) => File.AppendAllText(FileOf(name), line + "\n");

    public void EditLine(string name, int line, Func<string, string> edit)
    {
        var lines = Lines(name);
        lines[line - 1] = edit(lines[line - 1]);
        WriteLines(name, lines);
    }

    /// <summary>Sets one cell of a line that has no quoted fields.</summary>
    public void SetCell(string name, int line, string column, string value)
    {
        var lines = Lines(name);
        var index = Array.IndexOf(lines[0].Split(','), column);
        Assert.True(index >= 0, $"{name} has no column {column}");
        var cells = lines[line - 1].Split(',');
        cells[index] = value;
        lines[line - 1] = string.Join(',', cells);
        WriteLines(name, lines);
    }

    /// <summary>Removes a column (header and cells) from a file that has no quoted fields.</summary>
    public void RemoveColumn(string name, string column)
    {
        var lines = Lines(name);
        var index = Array.IndexOf(lines[0].Split(','), column);
        WriteLines(name, lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != index))));
    }

    public void WriteBytes(string name, byte[] bytes) => File.WriteAllBytes(FileOf(name), bytes);

    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
