using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Motus.Application.Database;

namespace Motus.Application.Tests;

/// <summary>A fresh SQLite database file for one test, migrated, deleted afterwards.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"motus-app-{Guid.NewGuid():N}.db");

    private TempDatabase() => Database = new MotusDatabase(DatabaseOptions.Sqlite(_path), Clock);

    /// <summary>Fixed clock: 2026-11-25 10:00 UTC.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    /// <summary>The database.</summary>
    public MotusDatabase Database { get; }

    /// <summary>A new migrated database.</summary>
    public static async Task<TempDatabase> CreateAsync()
    {
        var db = new TempDatabase();
        await db.Database.InitializeAsync();
        return db;
    }

    /// <summary>Row counts of every table (deleted rows included) and the audit chain's head: equal snapshots mean nothing changed.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = Database.CreateContext();
        var sb = new StringBuilder();
        sb.Append("studies=").Append(await db.Studies.CountAsync())
          .Append(" arms=").Append(await db.Set<Domain.Studies.StudyArm>().CountAsync())
          .Append(" sites=").Append(await db.Sites.CountAsync())
          .Append(" patients=").Append(await db.Patients.IgnoreQueryFilters().CountAsync())
          .Append(" alsfrs=").Append(await db.Alsfrs.IgnoreQueryFilters().CountAsync())
          .Append(" vc=").Append(await db.VitalCapacity.IgnoreQueryFilters().CountAsync())
          .Append(" vitals=").Append(await db.VitalSigns.IgnoreQueryFilters().CountAsync())
          .Append(" ae=").Append(await db.AdverseEvents.IgnoreQueryFilters().CountAsync())
          .Append(" meds=").Append(await db.Medications.IgnoreQueryFilters().CountAsync())
          .Append(" events=").Append(await db.Events.IgnoreQueryFilters().CountAsync())
          .Append(" audit=").Append(await db.AuditEntries.CountAsync())
          .Append(" head=").Append(await db.AuditEntries.OrderByDescending(a => a.Sequence).Select(a => a.Hash).FirstOrDefaultAsync());
        return sb.ToString();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Copies of the PRO-ACT fixture folder that tests may edit.</summary>
public sealed class FixtureCopy : IDisposable
{
    private FixtureCopy(string path) => Path = path;

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The committed valid fixture, tests/fixtures/proact/valid.</summary>
    public static string ValidFixture => Motus.Testing.RepoPaths.ValidProactFixture;

    /// <summary>A fresh copy of the valid fixture.</summary>
    public static FixtureCopy OfValid()
    {
        var target = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"motus-proact-{Guid.NewGuid():N}");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(ValidFixture))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return new FixtureCopy(target);
    }

    /// <summary>The path of a form file, e.g. <c>PROACT_ALSFRS.csv</c>.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Sets the cell in data row <paramref name="row"/> (1-based, header excluded) and column <paramref name="column"/>.</summary>
    public void SetCell(string file, int row, string column, string value)
    {
        var lines = System.IO.File.ReadAllLines(File(file)).ToList();
        var header = lines[0].Split(',');
        var index = Array.IndexOf(header, column);
        if (index < 0)
        {
            throw new InvalidOperationException($"{file} has no column {column}");
        }

        var cells = lines[row].Split(',');
        cells[index] = value;
        lines[row] = string.Join(',', cells);
        System.IO.File.WriteAllLines(File(file), lines);
    }

    /// <summary>The value of a cell (row 1-based, header excluded).</summary>
    public string GetCell(string file, int row, string column)
    {
        var lines = System.IO.File.ReadAllLines(File(file));
        var index = Array.IndexOf(lines[0].Split(','), column);
        return lines[row].Split(',')[index];
    }

    /// <summary>Appends a copy of data row <paramref name="row"/> with one cell changed.</summary>
    public void AppendCopyOfRow(string file, int row, string column, string value)
    {
        var lines = System.IO.File.ReadAllLines(File(file)).ToList();
        lines.Add(lines[row]);
        System.IO.File.WriteAllLines(File(file), lines);
        SetCell(file, lines.Count - 1, column, value);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);

}
