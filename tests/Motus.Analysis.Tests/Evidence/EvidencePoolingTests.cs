using Motus.Analysis.Evidence;
using Motus.Analysis.Tests.Common;

namespace Motus.Analysis.Tests.Evidence;

public sealed class EvidencePoolingTests
{
    [Fact]
    public void Pool_AlsfrsDifference_OnlyOneRandomisedStudy_SaysSoInsteadOfPooling()
    {
        var result = EvidencePooling.Pool(EvidenceTestData.Library, EvidenceOutcome.Parse("efficacy:alsfrs-r-change-difference"));

        Assert.False(result.Pooled);
        Assert.Null(result.Estimate);
        Assert.StartsWith("Only 1 comparable study reports", result.NotPooledReason, StringComparison.Ordinal);
        var oh = Assert.Single(result.Studies);
        Assert.Equal(("Oh2018", 3.38), (oh.StudyId, oh.Yi));
        // SE from the printed 95% CI: (5.54 − 1.23) / (2 · 1.959964).
        Close.Equal(Math.Pow(4.31 / (2 * 1.959963984540054), 2), oh.Vi, 1e-12, "vi");
    }

    [Fact]
    public void Pool_AlsfrsDifferenceAtFourMonths_TakesThatTimepoint()
    {
        var options = new EvidencePoolOptions { TimepointMonths = 4 };

        var result = EvidencePooling.Pool(EvidenceTestData.Library, EvidenceOutcome.Parse("efficacy:alsfrs-r-change-difference"), options);

        Assert.Equal(2.98, Assert.Single(result.Studies).Estimate);
        Assert.Contains("time point 4 months", result.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Pool_HistoricalMeasure_ExcludesNonRandomisedStudyWithReason()
    {
        var result = EvidencePooling.Pool(EvidenceTestData.Library, EvidenceOutcome.Parse("efficacy:alsfrs-r-total"));

        Assert.Empty(result.Studies);
        var excluded = Assert.Single(result.Excluded);
        Assert.Equal("Goutman2018", excluded.StudyId);
        Assert.Contains("not a randomised comparison", excluded.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pool_Headache_CountWithoutDenominatorIsExcludedAndOneStudyIsNotPooled()
    {
        var result = EvidencePooling.Pool(EvidenceTestData.Library, EvidenceOutcome.Parse("ae:headache"));

        Assert.False(result.Pooled);
        Assert.Equal("Barczewska2019", Assert.Single(result.Studies).StudyId);
        Assert.Equal("Shamsaei2023", Assert.Single(result.Excluded).StudyId);
        Assert.Equal(1.0 / 43, result.Studies[0].Estimate, 12);
    }

    [Fact]
    public void Pool_Deaths_DefaultMethodIsStatedWithCaveats()
    {
        var result = EvidencePooling.Pool(EvidenceTestData.Library, EvidenceOutcome.Parse("ae:death"));

        Assert.True(result.Pooled);
        Assert.Contains("logit", result.Method, StringComparison.Ordinal);
        Assert.Contains("REML", result.Method, StringComparison.Ordinal);
        Assert.Contains("Hartung–Knapp", result.Method, StringComparison.Ordinal);
        Assert.Contains(result.Caveats, c => c.Contains("disease progression", StringComparison.Ordinal));
    }

    [Fact]
    public void Pool_Fever_NoCountsAnywhere_NothingToPool()
    {
        var result = EvidencePooling.Pool(EvidenceTestData.Library, EvidenceOutcome.Parse("ae:fever"));

        Assert.False(result.Pooled);
        Assert.Empty(result.Studies);
        Assert.Contains("Nothing to pool", result.NotPooledReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("death")]
    [InlineData("ae:")]
    [InlineData("ae:sneezing")]
    [InlineData("survival:median")]
    public void Parse_BadOutcome_Throws(string text) => Assert.Throws<ArgumentException>(() => EvidenceOutcome.Parse(text));

    [Fact]
    public void Pool_MinimumStudiesBelowTwo_Throws() =>
        Assert.Throws<ArgumentException>(() => EvidencePooling.Pool(EvidenceTestData.Library, EvidenceOutcome.Parse("ae:death"), new EvidencePoolOptions { MinimumStudies = 1 }));
}
