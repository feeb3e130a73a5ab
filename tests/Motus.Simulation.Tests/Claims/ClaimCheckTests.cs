using Motus.Simulation.Claims;
using Motus.Simulation.RegressionToMean;
using static Motus.Simulation.Tests.Claims.ClaimScenarios;

namespace Motus.Simulation.Tests.Claims;

/// <summary>
/// Null responder rates of trial-methods §3.4 (scenarios A–G) and check C9, each reproduced with 2×10⁵ simulated
/// patients at the reference's tolerance of ±1 percentage point (the Monte Carlo SE at this size is about 0.15 pp).
/// </summary>
public sealed class ClaimCheckTests
{
    private const double OnePoint = 0.01;

    [Theory]
    [InlineData("A", 0.423, 0.242, 0.049)]
    [InlineData("B", 0.413, 0.231, 0.046)]
    [InlineData("C", 0.459, 0.334, 0.132)]
    [InlineData("F", 0.313, 0.132, 0.028)]
    [InlineData("G", 0.459, 0.289, 0.062)]
    public void Run_TrialMethodsScenario_GivesPublishedNullRates(string scenario, double at25, double at50, double at100)
    {
        var (pre, post, sigmaE) = scenario switch
        {
            "A" => (TwoPointLeadIn, MonthlyPost6, 1.6),
            "C" => (MonthlyLeadIn, new double[] { 0, 1, 2, 3 }, 1.6),
            "F" => (MonthlyLeadIn, MonthlyPost6, 1.0),
            "G" => (MonthlyLeadIn, MonthlyPost6, 2.0),
            _ => (MonthlyLeadIn, MonthlyPost6, 1.6),
        };

        var rates = new[] { 0.25, 0.5, 1.0 }.Select(t => ClaimCheck.Run(Relative(pre, post, t), Model(sigmaE), Settings()).NullRate).ToArray();

        Assert.Equal(at25, rates[0], OnePoint);
        Assert.Equal(at50, rates[1], OnePoint);
        Assert.Equal(at100, rates[2], OnePoint);
    }

    [Fact]
    public void Run_ScenarioEFastProgressors_GivesPublishedRateAndSlowingAndTheAnalyticC8()
    {
        var result = ClaimCheck.Run(Relative(MonthlyLeadIn, MonthlyPost6, entry: EntryRule.Parse("pre-slope<=-1")), Model(), Settings());

        Assert.Equal(0.545, result.NullRate, OnePoint);
        Assert.Equal(0.294, result.ApparentSlowing!.Value, 0.005); // C8: simulation 29.4% ± 0.5%
        Assert.NotNull(result.Analytic);
        Assert.Equal(0.2910, result.Analytic!.ApparentSlowing!.Value, 4);
        Assert.Equal(result.Analytic.MeanPreSlopeSelected, result.MeanPreSlope, 0.01);
        Assert.Equal(result.Analytic.MeanPostSlopeSelected, result.MeanPostSlope, 0.01);
    }

    [Fact]
    public void Run_ScenarioB_ApparentSlowingMatchesAnalytic()
    {
        var result = ClaimCheck.Run(Relative(MonthlyLeadIn, MonthlyPost6), Model(), Settings());

        Assert.Equal(0.135, result.ApparentSlowing!.Value, 0.005);
        Assert.Equal(result.Analytic!.ApparentSlowing!.Value, result.ApparentSlowing.Value, 0.005);
        Assert.Equal(0.8579, result.Analytic.SelectedFraction, 0.0005); // ŝ_pre < 0: P = Φ(1/√0.872)
    }

    [Theory]
    [InlineData(1.2, 0.056)]
    [InlineData(1.6, 0.151)]
    [InlineData(2.0, 0.250)]
    public void Run_NurOwnLikeEntry_GivesC9AbsoluteImprovementRates(double sigmaE, double expected)
    {
        // 2-point 3-month lead-in, enrol if the observed decline is ≥ 3 points, monthly 0..7 after, ≥ 1.25/month improvement.
        var claim = new Claim(98, 34, new ResponderDefinition(ResponderCriterion.AbsoluteImprovement, 1.25),
            new PrePostSchedule(TwoPointLeadIn, [0, 1, 2, 3, 4, 5, 6, 7], BaselineSharing.Shared), EntryRule.Parse("lead-in-decline>=3"));

        var result = ClaimCheck.Run(claim, Model(sigmaE), Settings());

        Assert.Equal(expected, result.NullRate, OnePoint);
        Assert.NotNull(result.Analytic); // two lead-in visits: the decline rule is a slope rule
    }

    [Fact]
    public void Run_SameSeedDifferentThreads_IdenticalResults()
    {
        var claim = Relative(MonthlyLeadIn, MonthlyPost6, entry: EntryRule.Parse("pre-slope<=-1"));
        var settings = new ClaimCheckSettings(50_000, 2_000, 7, 1, [1.0, 2.0], [0.6]);

        var one = ClaimCheck.Run(claim, Model(), settings);
        var four = ClaimCheck.Run(claim, Model(), settings with { Threads = 4 });

        Assert.Equal(one.NullRate, four.NullRate);
        Assert.Equal(one.MeanPreSlope, four.MeanPreSlope); // exact: fixed reduction order
        Assert.Equal(one.MeanPostSlope, four.MeanPostSlope);
        Assert.Equal(one.SimulatedTailProbability, four.SimulatedTailProbability);
        Assert.Equal(one.Grid, four.Grid);
    }

    [Fact]
    public void Run_DifferentSeed_DifferentButCloseRate()
    {
        var claim = Relative(MonthlyLeadIn, MonthlyPost6);

        var a = ClaimCheck.Run(claim, Model(), Settings(50_000, seed: 1));
        var b = ClaimCheck.Run(claim, Model(), Settings(50_000, seed: 2));

        Assert.NotEqual(a.NullRate, b.NullRate);
        Assert.Equal(a.NullRate, b.NullRate, 5 * a.NullRateMonteCarloSe);
    }

    [Fact]
    public void Run_WorkedExample_BinomialAndSimulatedTailsAgree()
    {
        // 15/19 at ≥25% slowing, monthly 3-month lead-in and 3-month post period (the worked example).
        var result = ClaimCheck.Run(Relative(MonthlyLeadIn, [0, 1, 2, 3]), Model(), Settings(200_000, studies: 20_000));

        var expectedTail = Motus.Statistics.Exact.ExactBinomial.Test(15, 19, result.NullRate, Motus.Statistics.Exact.Alternative.Greater).PValue;
        Assert.Equal(expectedTail, result.BinomialTailProbability, 12);
        Assert.Equal(result.BinomialTailProbability, result.SimulatedTailProbability!.Value, 4 * result.SimulatedTailMonteCarloSe!.Value + 0.002);
        Assert.Equal(20_000, result.SimulatedStudies);
    }

    [Fact]
    public void Run_Grid_RateRisesWithResidualSd()
    {
        var settings = new ClaimCheckSettings(50_000, 0, 1, 2, [1.0, 1.6, 2.0], [0.6]);

        var result = ClaimCheck.Run(Relative(MonthlyLeadIn, MonthlyPost6), Model(), settings);

        Assert.Equal(3, result.Grid.Count);
        Assert.True(result.Grid[0].NullRate < result.Grid[1].NullRate && result.Grid[1].NullRate < result.Grid[2].NullRate);
        Assert.True(result.Grid[0].BinomialTailProbability < result.Grid[2].BinomialTailProbability);
        // Common random numbers: the cell at the model's own σe and σ1 reproduces the main estimate exactly.
        Assert.Equal(result.NullRate, result.Grid[1].NullRate);
    }

    [Fact]
    public void Run_EntryRuleAdmittingNobody_ThrowsWithMessage()
    {
        var claim = Relative(MonthlyLeadIn, MonthlyPost6, entry: EntryRule.Parse("pre-slope<=-100"));

        var e = Assert.Throws<ArgumentException>(() => ClaimCheck.Run(claim, Model(), Settings(10_000)));

        Assert.Contains("no null rate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RoundedScores_StayCloseToContinuousAndHaveNoAnalytic()
    {
        var rounded = new LinearGaussianTrajectoryModel(-1, 0.6, 1.6, ScoreRounding.RoundAndClip, 38, 5);

        var result = ClaimCheck.Run(Relative(MonthlyLeadIn, MonthlyPost6), rounded, Settings(100_000));

        Assert.Null(result.Analytic);
        Assert.Equal(0.413, result.NullRate, 0.02); // rounding adds variance 1/12 per assessment
    }

    [Fact]
    public void ToSimulatedNull_CarriesRateSeedAndModel()
    {
        var result = ClaimCheck.Run(Relative(MonthlyLeadIn, MonthlyPost6), Model(), Settings(20_000, studies: 1_000, seed: 9));

        var simulated = result.ToSimulatedNull();

        Assert.Equal(result.NullRate, simulated.Rate);
        Assert.Equal(9, simulated.Seed);
        Assert.Equal(result.SimulatedTailProbability, simulated.ExceedanceProbability);
        Assert.Contains("Linear Gaussian", simulated.Model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", EntryRuleKind.None, 0)]
    [InlineData("pre-slope <= -1", EntryRuleKind.PreSlopeAtMost, -1)]
    [InlineData("lead-in-decline>=3", EntryRuleKind.LeadInDeclineAtLeast, 3)]
    public void EntryRuleParse_KnownForms_Parse(string text, EntryRuleKind kind, double value)
    {
        var rule = EntryRule.Parse(text);

        Assert.Equal(kind, rule.Kind);
        Assert.Equal(value, rule.Value);
        Assert.Equal(rule, EntryRule.Parse(rule.ToString()));
    }

    [Fact]
    public void EntryRuleParse_Unknown_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => EntryRule.Parse("baseline>=30"));
}
