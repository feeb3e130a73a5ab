using System.Globalization;
using System.Text;

namespace Motus.Bench.Stats;

/// <summary>
/// Writes a PRO-ACT-like analysis cohort as two flat CSVs for the statistics benchmark (R vs Motus on the same files):
/// <c>patients.csv</c> (one row per patient: id, time, event, arm, age, sex, onset_bulbar, delta_fs, site) and
/// <c>alsfrs.csv</c> (about 4.6 visits per patient: id, months, total, arm). Seeded: the same N and seed give the
/// same bytes.
/// </summary>
/// <remarks>
/// Not a calibrated natural-history model (that is Motus.Simulation); the values only need to be plausible and to
/// exercise the fits the way real data would:
/// <list type="bullet">
/// <item>ALSFRS-R decline per patient ~ N(0.9, 0.6) points/month (floored at 0.05), 0.1 slower on the active arm;
/// baseline ~ N(38, 5); integer totals in 0..48 with residual noise SD 1.5; visits every 3 months ± 0.5, at most 9,
/// stopping at death or end of follow-up.</item>
/// <item>Survival (months from enrolment): exponential with log-hazard 0.03·(age − 57) + 0.4·bulbar +
/// 0.6·(ΔFS − 0.9) − 0.15·arm around a baseline rate of 0.020/month; administrative censoring uniform on
/// 6–24 months; times rounded to 0.01 month (so there are ties). About 28% events.</item>
/// <item>ΔFS (pre-enrolment points/month) = max(0.05, decline + N(0, 0.3)); 60% male; 30% bulbar onset; age ~
/// N(57, 11) in 25..85; 50 sites.</item>
/// </list>
/// </remarks>
public sealed class StatsCohortGenerator(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Generates <paramref name="patients"/> patients into <paramref name="directory"/>; returns the visit-row count.</summary>
    public long Write(int patients, string directory)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(patients, 2);
        Directory.CreateDirectory(directory);
        using var pw = new StreamWriter(Path.Combine(directory, "patients.csv"), false, new UTF8Encoding(false), 1 << 16);
        using var aw = new StreamWriter(Path.Combine(directory, "alsfrs.csv"), false, new UTF8Encoding(false), 1 << 16);
        pw.Write("id,time,event,arm,age,sex,onset_bulbar,delta_fs,site\n");
        aw.Write("id,months,total,arm\n");
        long rows = 0;
        for (var id = 1; id <= patients; id++)
        {
            rows += OnePatient(id, pw, aw);
        }

        return rows;
    }

    private int OnePatient(int id, StreamWriter pw, StreamWriter aw)
    {
        var arm = _random.NextDouble() < 0.5 ? 1 : 0;
        var age = Math.Round(Math.Clamp(Normal(57, 11), 25, 85), 1);
        var male = _random.NextDouble() < 0.6 ? 1 : 0;
        var bulbar = _random.NextDouble() < 0.3 ? 1 : 0;
        var site = 1 + _random.Next(50);
        var decline = Math.Max(0.05, Normal(0.9, 0.6)) - (0.1 * arm);
        var deltaFs = Math.Round(Math.Max(0.05, decline + Normal(0, 0.3)), 3);

        var logHazard = (0.03 * (age - 57)) + (0.4 * bulbar) + (0.6 * (deltaFs - 0.9)) - (0.15 * arm);
        var eventTime = -Math.Log(1 - _random.NextDouble()) / (0.020 * Math.Exp(logHazard));
        var censorTime = 6 + (18 * _random.NextDouble());
        var evt = eventTime <= censorTime ? 1 : 0;
        var time = Math.Max(0.01, Math.Round(Math.Min(eventTime, censorTime), 2));
        pw.Write(string.Create(CultureInfo.InvariantCulture, $"{id},{time},{evt},{arm},{age},{male},{bulbar},{deltaFs},{site}\n"));

        var baseline = Normal(38, 5);
        var rows = 0;
        for (var v = 0; v < 9; v++)
        {
            var months = v == 0 ? 0 : Math.Round((3 * v) + (_random.NextDouble() - 0.5), 2);
            if (months > time)
            {
                break;
            }

            var total = (int)Math.Clamp(Math.Round(baseline - (decline * months) + Normal(0, 1.5)), 0, 48);
            aw.Write(string.Create(CultureInfo.InvariantCulture, $"{id},{months},{total},{arm}\n"));
            rows++;
        }

        return rows;
    }

    private double Normal(double mean, double sd)
    {
        var u1 = 1 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
