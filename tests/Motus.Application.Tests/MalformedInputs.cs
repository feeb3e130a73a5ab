using System.Globalization;

namespace Motus.Application.Tests;

/// <summary>
/// The catalogue of malformed PRO-ACT inputs: each damages one file of a copy of the valid fixture and names the rule
/// the import must report. The exact file/line/column of each error is asserted in Motus.Interop.Tests; here the
/// catalogue proves that the database is left unchanged.
/// </summary>
public static class MalformedInputs
{
    public static readonly IReadOnlyDictionary<string, (Action<FixtureCopy> Damage, string Rule)> Cases =
        new Dictionary<string, (Action<FixtureCopy>, string)>
        {
            ["missing column"] = (c => RemoveColumn(c, FormFile(c, "ALSFRS"), "ALSFRS_Delta"), "IMP-COLUMN-MISSING"),
            ["unknown column"] = (c => AddColumn(c, FormFile(c, "ALSFRS"), "Favourite_Colour", "blue"), "IMP-COLUMN-UNKNOWN"),
            ["bad number"] = (c => c.SetCell(FormFile(c, "ALSFRS"), RowWithValue(c, FormFile(c, "ALSFRS"), "Q1_Speech"), "Q1_Speech", "four"), "IMP-NUMBER"),
            ["item out of range"] = (c => c.SetCell(FormFile(c, "ALSFRS"), RowWithValue(c, FormFile(c, "ALSFRS"), "Q1_Speech"), "Q1_Speech", "5"), "ALSFRS-01"),
            ["5a and 5b both set"] = (c =>
            {
                var f = FormFile(c, "ALSFRS");
                var row = RowWithValue(c, f, "Q5a_Cutting_without_Gastrostomy");
                c.SetCell(f, row, "Q5b_Cutting_with_Gastrostomy", "2");
            }, "ALSFRS-02"),
            ["duplicate row"] = (c =>
            {
                var f = FormFile(c, "ALSFRS");
                var lines = File.ReadAllLines(c.File(f)).ToList();
                lines.Add(lines[1]);
                File.WriteAllLines(c.File(f), lines);
            }, "IMP-DUPLICATE-ROW"),
            ["onset after diagnosis"] = (c =>
            {
                var f = FormFile(c, "ALSHISTORY");
                var row = RowWithValue(c, f, "Diagnosis_Delta");
                var diagnosis = int.Parse(c.GetCell(f, row, "Diagnosis_Delta"), CultureInfo.InvariantCulture);
                c.SetCell(f, row, "Onset_Delta", (diagnosis + 30).ToString(CultureInfo.InvariantCulture));
            }, "PAT-03"),
            ["event after death"] = (c =>
            {
                var death = FormFile(c, "DEATHDATA");
                var row = RowWhere(c, death, "Subject_Died", "Yes");
                var subject = c.GetCell(death, row, "subject_id");
                var day = int.Parse(c.GetCell(death, row, "Death_Days"), CultureInfo.InvariantCulture);
                var alsfrs = FormFile(c, "ALSFRS");
                var template = RowWhere(c, alsfrs, "subject_id", subject);
                c.AppendCopyOfRow(alsfrs, template, "ALSFRS_Delta", (day + 30).ToString(CultureInfo.InvariantCulture));
            }, "XR-01"),
            ["truncated file"] = (c =>
            {
                var path = c.File(FormFile(c, "ALSFRS"));
                var text = File.ReadAllText(path).TrimEnd('\n', '\r');
                File.WriteAllText(path, text[..(text.LastIndexOf(',') - 1)]);
            }, "IMP-TRUNCATED"),
            ["wrong delimiter"] = (c =>
            {
                var path = c.File(FormFile(c, "ALSFRS"));
                File.WriteAllText(path, File.ReadAllText(path).Replace(',', ';'));
            }, "IMP-DELIMITER"),
            ["non-UTF-8 bytes"] = (c =>
            {
                var path = c.File(FormFile(c, "ADVERSEEVENTS"));
                var bytes = File.ReadAllBytes(path).ToList();
                var firstNewline = bytes.IndexOf((byte)'\n');
                bytes.InsertRange(firstNewline + 1, [(byte)'X', 0xE9, (byte)'9', (byte)'9', (byte)',']);
                File.WriteAllBytes(path, [.. bytes]);
            }, "IMP-ENCODING"),
            ["empty file"] = (c => File.WriteAllBytes(c.File(FormFile(c, "FVC")), []), "IMP-EMPTY"),
            ["subject in one form only"] = (c =>
            {
                var f = FormFile(c, "ALSFRS");
                c.AppendCopyOfRow(f, 1, "subject_id", "ORPHAN99");
            }, "IMP-ORPHAN"),
            ["unknown code"] = (c => c.SetCell(FormFile(c, "DEMOGRAPHICS"), 1, "Sex", "Robot"), "IMP-CODE"),
        };

    /// <summary>The file of a form in <paramref name="c"/> (PROACT_ naming or 2016 naming).</summary>
    public static string FormFile(FixtureCopy c, string form)
    {
        var legacy = form switch
        {
            "ALSHISTORY" => "AlsHistory.csv",
            "DEATHDATA" => "DeathData.csv",
            "ADVERSEEVENTS" => "AdverseEvents.csv",
            _ => form.ToLowerInvariant() + ".csv",
        };
        return Directory.GetFiles(c.Path).Select(Path.GetFileName).OfType<string>()
            .Single(n => n.Equals($"PROACT_{form}.csv", StringComparison.OrdinalIgnoreCase) || n.Equals(legacy, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first data row (1-based) whose <paramref name="column"/> is not empty.</summary>
    public static int RowWithValue(FixtureCopy c, string file, string column) =>
        FirstRow(c, file, column, v => v.Length > 0, "with " + column);

    /// <summary>The first data row (1-based) whose <paramref name="column"/> equals <paramref name="value"/>.</summary>
    public static int RowWhere(FixtureCopy c, string file, string column, string value) =>
        FirstRow(c, file, column, v => v == value, $"with {column} = {value}");

    private static int FirstRow(FixtureCopy c, string file, string column, Func<string, bool> matches, string what)
    {
        var lines = File.ReadAllLines(c.File(file));
        var index = Array.IndexOf(lines[0].Split(','), column);
        for (var i = 1; i < lines.Length; i++)
        {
            if (matches(lines[i].Split(',')[index]))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{file}: no row {what}");
    }

    /// <summary>Adds <paramref name="delta"/> to the recorded totals of an ALSFRS row, so an edited item does not break rule ALSFRS-05.</summary>
    public static void AdjustTotals(FixtureCopy c, string file, int row, int delta)
    {
        foreach (var column in new[] { "ALSFRS_Total", "ALSFRS_R_Total" })
        {
            var text = c.GetCell(file, row, column);
            if (text.Length > 0)
            {
                var total = (int)decimal.Parse(text, CultureInfo.InvariantCulture) + delta;
                c.SetCell(file, row, column, total.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static void RemoveColumn(FixtureCopy c, string file, string column)
    {
        var lines = File.ReadAllLines(c.File(file));
        var index = Array.IndexOf(lines[0].Split(','), column);
        File.WriteAllLines(c.File(file), lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != index))));
    }

    private static void AddColumn(FixtureCopy c, string file, string column, string value)
    {
        var lines = File.ReadAllLines(c.File(file));
        File.WriteAllLines(c.File(file), lines.Select((l, i) => l + "," + (i == 0 ? column : value)));
    }
}
