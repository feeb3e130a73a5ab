using System.Globalization;

namespace Motus.Cli.Tests.Analyze;

/// <summary>
/// Reads samples/proact-demo directly, so that expected values come from the source files and not from the import:
/// days are PRO-ACT deltas from day 0 (imported as 2000-01-01).
/// </summary>
public static class DemoCsv
{
    public static readonly DateOnly DayZero = new(2000, 1, 1);

    private static readonly string[] Items =
        ["Q1_Speech", "Q2_Salivation", "Q3_Swallowing", "Q4_Handwriting", "Q6_Dressing_and_Hygiene", "Q7_Turning_in_Bed", "Q8_Walking", "Q9_Climbing_Stairs",
         "R_1_Dyspnea", "R_2_Orthopnea", "R_3_Respiratory_Insufficiency"];

    /// <summary>The rows of a form as column → value maps.</summary>
    public static List<Dictionary<string, string>> Rows(string form)
    {
        var lines = File.ReadAllLines(Path.Combine(DemoCli.Folder, $"PROACT_{form}.csv"));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(x => x.First, x => x.Second)).ToList();
    }

    /// <summary>A subject's ALSFRS-R ratings: day, every item, and the total (items 1–4, 5a or 5b, 6–9, R1–R3).</summary>
    public static List<(int Day, Dictionary<string, int?> Items, int Total)> Alsfrs(string subject) =>
        Rows("ALSFRS").Where(r => r["subject_id"] == subject)
            .Select(r =>
            {
                var items = Items.Append("Q5a_Cutting_without_Gastrostomy").Append("Q5b_Cutting_with_Gastrostomy")
                    .ToDictionary(c => c, c => r[c].Length == 0 ? (int?)null : int.Parse(r[c], CultureInfo.InvariantCulture));
                var total = Items.Sum(c => items[c]!.Value) + (items["Q5a_Cutting_without_Gastrostomy"] ?? items["Q5b_Cutting_with_Gastrostomy"]!.Value);
                return (int.Parse(r["ALSFRS_Delta"], CultureInfo.InvariantCulture), items, total);
            })
            .OrderBy(x => x.Item1)
            .ToList();

    /// <summary>A subject's onset date (ALSHISTORY Onset_Delta).</summary>
    public static DateOnly Onset(string subject) =>
        DayZero.AddDays(int.Parse(Rows("ALSHISTORY").Single(r => r["subject_id"] == subject)["Onset_Delta"], CultureInfo.InvariantCulture));

    /// <summary>(subject, day of death) of every death.</summary>
    public static List<(string Subject, int Day)> Deaths() =>
        Rows("DEATHDATA").Where(r => r["Subject_Died"] == "Yes").Select(r => (r["subject_id"], int.Parse(r["Death_Days"], CultureInfo.InvariantCulture))).ToList();

    /// <summary>The arm of a subject (TREATMENT Study_Arm).</summary>
    public static string Arm(string subject) => Rows("TREATMENT").Single(r => r["subject_id"] == subject)["Study_Arm"];

    /// <summary>Least-squares slope of y on t: Σ(t − t̄)(y − ȳ) / Σ(t − t̄)².</summary>
    public static double Slope(IReadOnlyList<double> t, IReadOnlyList<double> y)
    {
        var (tb, yb) = (t.Average(), y.Average());
        return t.Zip(y).Sum(p => (p.First - tb) * (p.Second - yb)) / t.Sum(v => (v - tb) * (v - tb));
    }
}
