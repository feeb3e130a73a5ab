using System.Diagnostics;
using System.Globalization;
using Motus.Application.Database;
using Motus.Application.Reports;

namespace Motus.Bench;

/// <summary>
/// In-process report timings (what a running web app pays): the patient report warmed up then timed over several
/// runs (median), the study report run twice and the second, warm run reported. Loading from the database is included.
/// </summary>
internal static class ReportTiming
{
    public static async Task<int> RunAsync(string dbPath, string patientCode, int repeats)
    {
        var database = new MotusDatabase(DatabaseOptions.Sqlite(dbPath), TimeProvider.System);
        var patient = new PatientReport(database);
        for (var i = 0; i < 3; i++)
        {
            await patient.RunAsync(patientCode, null, Motus.Application.Access.AccessScope.Unrestricted("bench"));
        }

        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            await patient.RunAsync(patientCode, null, Motus.Application.Access.AccessScope.Unrestricted("bench"));
            times.Add(clock.Elapsed.TotalSeconds);
        }

        times.Sort();
        var study = new StudyReport(database);
        double studySeconds = 0;
        for (var i = 0; i < 2; i++)
        {
            var clock = Stopwatch.StartNew();
            await study.RunAsync(null, new StudyReportOptions());
            studySeconds = clock.Elapsed.TotalSeconds;
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"patient_report_median_s={times[times.Count / 2]:F3} patient_report_max_s={times[^1]:F3} study_report_warm_s={studySeconds:F2} peak_working_set_mib={process.PeakWorkingSet64 / 1048576}"));
        return 0;
    }
}
