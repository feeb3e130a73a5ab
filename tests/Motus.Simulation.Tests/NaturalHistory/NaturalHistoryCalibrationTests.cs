using Motus.Simulation.NaturalHistory;
using Motus.Simulation.NaturalHistory.Calibration;

namespace Motus.Simulation.Tests.NaturalHistory;

public sealed class NaturalHistoryCalibrationTests
{
    [Fact]
    public void Run_DefaultModel20000Patients_EveryTargetInItsBand()
    {
        var report = NaturalHistoryCalibration.Run();

        Assert.Equal(20_000, report.Patients);
        Assert.All(report.Targets, t => Assert.True(t.Passed, $"{t.Name}: {t.Value:F3} outside [{t.Low}, {t.High}]"));
        Assert.Equal(14, report.Targets.Count);
    }

    [Fact]
    public void Run_NoPlateausAndNoNoise_MissesTheBedlackTargets()
    {
        var report = NaturalHistoryCalibration.Run(NaturalHistoryParameters.Default with { PlateauEntryRate = 0, ResidualSd = 1 }, 5000);

        Assert.False(report.AllPassed);
        Assert.False(report.Targets.Single(t => t.Name.StartsWith("Rising", StringComparison.Ordinal)).Passed);
    }
}
