using Motus.Simulation.NaturalHistory;
using Motus.Simulation.Trials;
using Motus.Statistics.Design;
using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;
using Xunit.Abstractions;

namespace Motus.Simulation.Tests.Trials;

public sealed class TrialSimulatorEdlandTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_SimpleDesign_LmmPowerNearEdlandClosedForm()
    {
        // A design close to Edland's assumptions: visits every 2 months to 12, no jitter, no missed visits, no dropout
        // (deaths still end follow-up), Wald test. The variance components and the last-visit pattern come from a large
        // untreated cohort of the same schedule, the slope difference from the simulator's true value.
        const int PerArm = 50, R = 300;
        var design = TrialDesigns.Simple(PerArm, 0.65, R, seed: 314, dropout: 0, missed: 0, jitter: 0,
            analyses: [new TrialAnalysis(TrialAnalysisKind.LmmSlope, LmmTestKind.Wald)]);
        var (control, lastControl) = NaturalHistoryComponents(design, TreatmentEffect.None);
        var (active, lastActive) = NaturalHistoryComponents(design, new TreatmentEffect(0, design.SlopeMultiplier));

        var lmm = TrialSimulator.Run(design, threads: 2).Analyses[0];
        var inputs = new LinearSlopeDesignInputs([.. design.VisitMonths], control, active, lastControl, lastActive);
        var edland = SlopeDifferencePower.EdlandPower(inputs, PerArm, lmm.TrueValue!.Value, design.Alpha).Power;

        // 3 MC SEs plus 0.05 for what the closed form ignores: the generator's trajectories are curved with plateaus
        // (non-linear, heteroscedastic residuals, so the LMM's variance components only summarise them), and Edland's
        // z-approximation treats the variance components as known.
        output.WriteLine($"simulated power {lmm.RejectionRate.Value:F3} ± {lmm.RejectionRate.StandardError:F3}, Edland {edland:F3}, true slope difference {lmm.TrueValue:F4}, mean estimate {lmm.MeanEstimate!.Value:F4}");
        var tolerance = (3 * lmm.RejectionRate.StandardError) + 0.05;
        Assert.True(Math.Abs(lmm.RejectionRate.Value - edland) <= tolerance, $"simulated {lmm.RejectionRate.Value}, Edland {edland}, truth {lmm.TrueValue}");
        Assert.InRange(edland, 0.3, 0.95);
    }

    private static (SlopeVarianceComponents Components, double[] LastVisit) NaturalHistoryComponents(TrialDesign design, TreatmentEffect effect)
    {
        var generator = new NaturalHistoryGenerator(design.GeneratorParameters(), design.Schedule());
        var cohort = generator.GenerateCohort(3000, 77, effect);
        var y = new List<double>();
        var t = new List<double>();
        var id = new List<int>();
        var last = new double[design.VisitMonths.Count];
        foreach (var p in cohort)
        {
            var lastMonth = 0.0;
            for (var v = p.EnrolmentVisit; v < p.VisitCount; v++)
            {
                lastMonth = p.VisitDays[v] / SimulatedPatient.DaysPerMonth;
                y.Add(p.Total(v));
                t.Add(lastMonth);
                id.Add(p.Index);
            }

            last[FindIndex(design.VisitMonths, lastMonth)]++;
        }

        var fit = LinearMixedModel.Fit(y.ToArray(), DesignMatrix.FromColumns(("time", t.ToArray())), id.ToArray(), RandomEffectsTerm.InterceptAndSlope(t.ToArray()));
        var vc = fit.VarianceComponents;
        var covariance = vc.Correlation!.Value * vc.InterceptSd * vc.SlopeSd!.Value;
        return (new SlopeVarianceComponents(vc.SlopeVariance!.Value, vc.ResidualVariance, vc.InterceptVariance, covariance), [.. last.Select(c => c / cohort.Length)]);
    }

    private static int FindIndex(IReadOnlyList<double> months, double month)
    {
        var best = 0;
        for (var i = 1; i < months.Count; i++)
        {
            if (Math.Abs(months[i] - month) < Math.Abs(months[best] - month))
            {
                best = i;
            }
        }

        return best;
    }
}
