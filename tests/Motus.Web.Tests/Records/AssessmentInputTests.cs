using Motus.Application.Records;
using Motus.Domain.Assessments;

namespace Motus.Web.Tests.Records;

/// <summary>The strength and ALSAQ inputs' own checks (required fields, no defaulted method, side or version), before the domain's rules run.</summary>
public sealed class AssessmentInputTests
{
    private static readonly DateOnly Day = new(2024, 3, 1);

    [Fact]
    public void StrengthToDetails_Empty_OneErrorPerRequiredFieldNoDetails()
    {
        var errors = new List<FieldError>();

        var details = new StrengthInput { MuscleGroup = "   " }.ToDetails(errors);

        Assert.Null(details);
        Assert.Equal(["Date", "Method", "MuscleGroup", "Side", "Value"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.EndsWith("is required.", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void StrengthToDetails_DynamometryWithoutValue_AsksForTheForceInNewtons()
    {
        var errors = new List<FieldError>();

        new StrengthInput { Date = Day, Method = StrengthMethod.HandHeldDynamometry, MuscleGroup = "Grip", Side = BodySide.Right }.ToDetails(errors);

        var error = Assert.Single(errors);
        Assert.Equal(("Value", "The force (N) is required."), (error.Field, error.Message));
    }

    [Fact]
    public void StrengthToDetails_Complete_TrimmedDetailsAndRoundTrip()
    {
        var input = new StrengthInput { Date = Day, Method = StrengthMethod.Mrc, MuscleGroup = "  Hip flexion ", Side = BodySide.None, Value = 3.5 };
        var errors = new List<FieldError>();

        var details = input.ToDetails(errors)!;

        Assert.Empty(errors);
        Assert.Equal((Day, StrengthMethod.Mrc, "Hip flexion", BodySide.None, 3.5), (details.Date, details.Method, details.MuscleGroup, details.Side, details.Value));
        var back = StrengthInput.From(details);
        Assert.Equal((details.Method, details.Side, details.Value), (back.Method!.Value, back.Side!.Value, back.Value!.Value));
    }

    [Theory]
    [InlineData(StrengthMethod.Mrc, 5.5, "STR-01")]
    [InlineData(StrengthMethod.HandHeldDynamometry, 0.0, "STR-02")]
    [InlineData(StrengthMethod.HandHeldDynamometry, 1000.5, "STR-02")]
    public void StrengthDetails_ValueOutsideTheMethodsRange_RuleOnValue(StrengthMethod method, double value, string rule)
    {
        var details = new StrengthInput { Date = Day, Method = method, MuscleGroup = "Elbow flexion", Side = BodySide.Left, Value = value }.ToDetails([])!;

        var violation = Assert.Single(details.Validate(Day));

        Assert.Equal((rule, "Value"), (violation.RuleId, violation.Field));
    }

    [Fact]
    public void AlsaqToDetails_NoVersionNoAnswers_ErrorsOnDateFormAndItems()
    {
        var errors = new List<FieldError>();

        var details = new AlsaqInput().ToDetails(errors);

        Assert.Null(details);
        Assert.Equal(["Date", "Form", "Items"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AlsaqToDetails_VersionWithoutAnswers_SaysHowManyAreNeeded()
    {
        var errors = new List<FieldError>();

        new AlsaqInput { Date = Day, Form = AlsaqForm.Alsaq5 }.ToDetails(errors);

        var error = Assert.Single(errors);
        Assert.Equal("Items", error.Field);
        Assert.Contains("5 of them for ALSAQ-5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AlsaqToDetails_ShortForm_DomainScoresOfItems9To34AndSummaryIndex()
    {
        var input = new AlsaqInput { Date = Day, Form = AlsaqForm.Alsaq5, Items = [2, 4, 1, 3, 0] };

        var details = input.ToDetails([])!;

        Assert.Equal([9, 11, 22, 25, 34], details.ItemNumbers);
        Assert.Equal((50.0, 100.0, 25.0, 75.0, 0.0),
            (details.DomainScore(AlsaqDomain.PhysicalMobility)!.Value, details.DomainScore(AlsaqDomain.DailyLiving)!.Value,
             details.DomainScore(AlsaqDomain.EatingAndDrinking)!.Value, details.DomainScore(AlsaqDomain.Communication)!.Value,
             details.DomainScore(AlsaqDomain.EmotionalReactions)!.Value));
        Assert.Equal(50.0, details.SummaryIndex);
    }

    [Fact]
    public void AlsaqToDetails_LongFormWithUnansweredItem_DomainOverAnsweredItemsOnly()
    {
        var items = Enumerable.Repeat<int?>(1, 40).ToList();
        items[20] = null; // item 21, eating and drinking
        items[21] = 4;    // item 22

        var details = new AlsaqInput { Date = Day, Form = AlsaqForm.Alsaq40, Items = items }.ToDetails([])!;

        Assert.Empty(details.Validate(Day));
        Assert.Equal(100.0 * 5 / (4 * 2), details.DomainScore(AlsaqDomain.EatingAndDrinking));
        Assert.Equal(25.0, details.DomainScore(AlsaqDomain.Communication));
        Assert.Equal(items, AlsaqInput.From(details).Items);
    }

    [Fact]
    public void AlsaqDetails_WrongCountAndOutOfRangeAnswer_RulesOnItemsAndOnTheAnswersPosition()
    {
        var details = new AlsaqInput { Date = Day, Form = AlsaqForm.Alsaq5, Items = [0, 1, 5, 2] }.ToDetails([])!;

        var violations = details.Validate(Day);

        Assert.Equal([("ALSAQ-02", "Items"), ("ALSAQ-01", "Items[3]")], violations.Select(v => (v.RuleId, v.Field)));
    }

    [Fact]
    public void AlsaqItemNumbers_BothVersions_FortyInOrderAndTheFiveShortFormItems()
    {
        Assert.Equal(Enumerable.Range(1, 40), AlsaqInput.ItemNumbers(AlsaqForm.Alsaq40));
        Assert.Equal([9, 11, 22, 25, 34], AlsaqInput.ItemNumbers(AlsaqForm.Alsaq5));
    }
}
