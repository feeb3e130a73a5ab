using Motus.Domain.Assessments;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Assessments;

public sealed class AlsaqDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void DomainScore_EveryItemTwo_IsFiftyInEveryDomain()
    {
        // Arrange
        var details = ValidAlsaqDetails();

        // Act
        var scores = Enum.GetValues<AlsaqDomain>().Select(details.DomainScore);

        // Assert
        Assert.All(scores, s => Assert.Equal(50.0, s));
        Assert.Equal(50.0, details.SummaryIndex);
    }

    [Fact]
    public void DomainScore_MixedAnswers_IsHundredTimesSumOverFourTimesAnswered()
    {
        // Arrange
        var details = ValidAlsaqDetails() with { Items = MixedAlsaq40() };

        // Act
        var scores = Enum.GetValues<AlsaqDomain>().ToDictionary(d => d, details.DomainScore);

        // Assert: each expected value worked by hand from the formula 100 × Σ / (4 × answered).
        Assert.Equal(100.0 * 20 / 40, scores[AlsaqDomain.PhysicalMobility]);
        Assert.Equal(100.0 * 8 / 32, scores[AlsaqDomain.DailyLiving]);
        Assert.Equal(100.0 * 7 / 8, scores[AlsaqDomain.EatingAndDrinking]);
        Assert.Equal(100.0, scores[AlsaqDomain.Communication]);
        Assert.Equal(0.0, scores[AlsaqDomain.EmotionalReactions]);
        Assert.Equal((50 + 25 + 87.5 + 100 + 0) / 5.0, details.SummaryIndex);
        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void DomainScore_NoItemOfDomainAnswered_IsNullAndSummaryIndexIsNull()
    {
        // Arrange
        var items = Enumerable.Repeat<int?>(1, 40).ToArray();
        for (var i = 20; i < 23; i++)
        {
            items[i] = null;
        }

        var details = ValidAlsaqDetails() with { Items = items };

        // Act
        var eating = details.DomainScore(AlsaqDomain.EatingAndDrinking);

        // Assert
        Assert.Null(eating);
        Assert.Equal(25.0, details.DomainScore(AlsaqDomain.Communication));
        Assert.Null(details.SummaryIndex);
    }

    [Fact]
    public void ItemNumbers_Alsaq5_AreItems9_11_22_25_34()
    {
        // Arrange
        var details = ShortForm(0, 0, 0, 0, 0);

        // Act
        var numbers = details.ItemNumbers;

        // Assert
        Assert.Equal([9, 11, 22, 25, 34], numbers);
    }

    [Fact]
    public void ItemNumbers_Alsaq40_AreOneToForty()
    {
        // Arrange
        var details = ValidAlsaqDetails();

        // Act
        var numbers = details.ItemNumbers;

        // Assert
        Assert.Equal(Enumerable.Range(1, 40), numbers);
    }

    [Fact]
    public void DomainScore_Alsaq5_ScoresEachItemInItsOwnDomain()
    {
        // Arrange
        var details = ShortForm(4, 3, 2, 1, 0);

        // Act
        var scores = Enum.GetValues<AlsaqDomain>().Select(details.DomainScore).ToArray();

        // Assert
        Assert.Equal([100.0, 75.0, 50.0, 25.0, 0.0], scores);
        Assert.Equal(50.0, details.SummaryIndex);
        Assert.Empty(details.Validate(Today));
    }

    [Theory]
    [InlineData(1, AlsaqDomain.PhysicalMobility)]
    [InlineData(10, AlsaqDomain.PhysicalMobility)]
    [InlineData(11, AlsaqDomain.DailyLiving)]
    [InlineData(20, AlsaqDomain.DailyLiving)]
    [InlineData(21, AlsaqDomain.EatingAndDrinking)]
    [InlineData(23, AlsaqDomain.EatingAndDrinking)]
    [InlineData(24, AlsaqDomain.Communication)]
    [InlineData(30, AlsaqDomain.Communication)]
    [InlineData(31, AlsaqDomain.EmotionalReactions)]
    [InlineData(40, AlsaqDomain.EmotionalReactions)]
    public void DomainOf_DomainBoundaryItem_IsThatDomain(int item, AlsaqDomain expected)
    {
        // Act
        var domain = AlsaqDetails.DomainOf(item);

        // Assert
        Assert.Equal(expected, domain);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(41)]
    public void DomainOf_ItemOutside1To40_Throws(int item)
    {
        // Act
        var act = () => AlsaqDetails.DomainOf(item);

        // Assert
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => act());
        Assert.Equal("itemNumber", ex.ParamName);
    }

    [Theory]
    [InlineData(AlsaqForm.Alsaq40, 39)]
    [InlineData(AlsaqForm.Alsaq40, 5)]
    [InlineData(AlsaqForm.Alsaq5, 4)]
    [InlineData(AlsaqForm.Alsaq5, 40)]
    public void Validate_ItemCountNotTheForms_ReportsItemCount(AlsaqForm form, int count)
    {
        // Arrange
        var details = ValidAlsaqDetails() with { Form = form, Items = Enumerable.Repeat<int?>(1, count).ToArray() };

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "ALSAQ-02", "Items");
        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), v.Value);
    }

    [Fact]
    public void Validate_ItemsOutOfRange_ReportsEachItemByOneBasedPosition()
    {
        // Arrange
        var items = Enumerable.Repeat<int?>(2, 40).ToArray();
        items[0] = -1;
        items[39] = 5;
        var details = ValidAlsaqDetails() with { Items = items };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("ALSAQ-01", "Items[1]"), ("ALSAQ-01", "Items[40]")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_MissingAnswers_AreAllowed()
    {
        // Arrange
        var details = ShortForm(null, 0, null, 4, null);

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Equals_SameAnswersInDifferentLists_IsEqualWithSameHash()
    {
        // Arrange
        var a = ShortForm(1, 2, 3, 4, null);
        var b = ShortForm(1, 2, 3, 4, null);

        // Act
        var equal = a.Equals(b);

        // Assert
        Assert.True(equal);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ShortForm(1, 2, 3, 4, 0));
    }

    private static AlsaqDetails ShortForm(params int?[] items) => ValidAlsaqDetails() with { Form = AlsaqForm.Alsaq5, Items = items };

    /// <summary>
    /// Mobility 0,1,2,3,4,0,1,2,3,4 (Σ 20 of 10); daily living eight 1s and two missing; eating 4, 3, missing;
    /// communication all 4; emotional all 0.
    /// </summary>
    private static int?[] MixedAlsaq40()
    {
        var items = new int?[40];
        for (var i = 0; i < 10; i++)
        {
            items[i] = i % 5;
        }

        for (var i = 10; i < 20; i++)
        {
            items[i] = i < 18 ? 1 : null;
        }

        (items[20], items[21], items[22]) = (4, 3, null);
        for (var i = 23; i < 30; i++)
        {
            items[i] = 4;
        }

        for (var i = 30; i < 40; i++)
        {
            items[i] = 0;
        }

        return items;
    }
}
