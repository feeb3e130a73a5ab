using System.Diagnostics;
using Motus.Interop.Proact;
using Xunit.Abstractions;

namespace Motus.Interop.Tests.Proact;

/// <summary>
/// Reads a large generated folder. Always checks that it reads completely and prints the throughput; the
/// 50,000 rows/s target is asserted only when MOTUS_PROACT_BENCH_SUBJECTS is set (a timing assertion in the normal
/// suite would fail on a loaded CI machine, not because of the code):
/// <c>MOTUS_PROACT_BENCH_SUBJECTS=30000 dotnet test tests/Motus.Interop.Tests -c Release --filter Category=Performance --logger "console;verbosity=detailed"</c>.
/// </summary>
[Trait("Category", "Performance")]
[Collection(nameof(PerformanceCollection))]
public sealed class ProactReaderPerformanceTests(ITestOutputHelper output)
{
    private const double TargetRowsPerSecond = 50_000;
    private static readonly string? BenchSubjects = Environment.GetEnvironmentVariable("MOTUS_PROACT_BENCH_SUBJECTS");

    [Fact]
    public void Read_LargeGeneratedFolder_ReadsEveryRowFastEnough()
    {
        var subjects = int.TryParse(BenchSubjects, out var n) ? n : 2000;
        using var folder = ProactFolder.Empty();
        var rows = LargeProactFolder.Generate(folder.Path, subjects);
        _ = ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options); // warm up (JIT)

        var clock = Stopwatch.StartNew();
        var result = folder.Read();
        clock.Stop();

        Assert.True(result.IsValid, string.Join('\n', result.Errors.Take(5)));
        Assert.Equal(rows, result.Dataset!.TotalRows);
        Assert.Equal(subjects, result.Dataset.Patients.Count);
        var perSecond = rows / clock.Elapsed.TotalSeconds;
        var bytes = Directory.GetFiles(folder.Path).Sum(f => new FileInfo(f).Length);
        output.WriteLine($"{rows:N0} rows, {bytes / 1e6:N1} MB, {subjects:N0} subjects in {clock.Elapsed.TotalSeconds:N2} s: {perSecond:N0} rows/s");
        if (BenchSubjects is not null)
        {
            Assert.True(perSecond >= TargetRowsPerSecond, $"{perSecond:N0} rows/s is below the {TargetRowsPerSecond:N0} rows/s target");
        }
    }
}

/// <summary>Runs the performance test alone, not alongside the other test classes.</summary>
[CollectionDefinition(nameof(PerformanceCollection), DisableParallelization = true)]
public sealed class PerformanceCollection;
