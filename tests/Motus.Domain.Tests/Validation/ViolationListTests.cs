namespace Motus.Domain.Tests.Validation;

public sealed class ViolationListTests
{
    [Fact]
    public void When_Broken_AddsViolationWithSentenceAndReturnsTrue()
    {
        // Arrange
        var list = new ViolationList();

        // Act
        var broken = list.When(true, DomainRules.AlsfrsItemRange, "Q1Speech", 5);

        // Assert
        Assert.True(broken);
        var v = Assert.Single(list.Items);
        Assert.Equal(new RuleViolation("ALSFRS-01", "Q1Speech", "5", "Q1Speech = 5: must be an integer from 0 to 4."), v);
        Assert.Equal("[ALSFRS-01] Q1Speech: Q1Speech = 5: must be an integer from 0 to 4.", v.ToString());
    }

    [Fact]
    public void When_NotBroken_AddsNothingAndReturnsFalse()
    {
        // Arrange
        var list = new ViolationList();

        // Act
        var broken = list.When(false, DomainRules.AlsfrsItemRange, "Q1Speech", 5);

        // Assert
        Assert.False(broken);
        Assert.Empty(list.Items);
    }

    [Fact]
    public void Add_DateDoubleAndMissingValues_FormatsInvariantly()
    {
        // Arrange
        var list = new ViolationList();

        // Act
        list.Add(DomainRules.NoFutureDates, "Date", new DateOnly(2027, 1, 2), "today is 2026-11-25");
        list.Add(DomainRules.VcLitresRange, "Trial1Litres", 10.5);
        list.Add(DomainRules.VcNotEmpty, "Trial1Litres", null);

        // Assert
        Assert.Equal(["2027-01-02", "10.5", null], list.Items.Select(v => v.Value));
        Assert.Equal("Date = 2027-01-02: must not be in the future (today is 2026-11-25).", list.Items[0].Message);
        Assert.Equal("Trial1Litres = (missing): must hold at least one trial in litres or % predicted.", list.Items[2].Message);
    }

    [Fact]
    public void RequiredText_Blank_ReportsRequiredOnlyNotLength()
    {
        // Arrange
        var list = new ViolationList();

        // Act
        list.RequiredText("   ", "Name", 2);

        // Assert
        ViolationAssert.Single(list.Items, "GEN-03", "Name");
    }

    [Fact]
    public void Ordered_EitherDateMissing_ReportsNothing()
    {
        // Arrange
        var list = new ViolationList();

        // Act
        list.Ordered(null, "StartDate", new DateOnly(2020, 1, 1), "StopDate", DomainRules.MedicationStopAfterStart);
        list.Ordered(new DateOnly(2020, 1, 1), "StartDate", null, "StopDate", DomainRules.MedicationStopAfterStart);

        // Assert
        Assert.Empty(list.Items);
    }
}
