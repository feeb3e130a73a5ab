using Motus.Domain.CellTherapy;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.CellTherapy;

public sealed class AdministrationDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(1e12, true)]
    [InlineData(1.0000001e12, false)]
    [InlineData(-1e6, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Validate_DoseAmount_IsValidOnlyAbove0UpTo1e12(double amount, bool valid)
    {
        // Arrange
        var details = ValidAdministrationDetails() with { DoseAmount = amount };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(valid ? [] : [("ADM-01", "DoseAmount")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_NegativeDoseNumber_ReportsDoseNumberPositive()
    {
        // Arrange
        var details = ValidAdministrationDetails(doseNumber: -1);

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "ADM-02", "DoseNumber");
        Assert.Equal("-1", v.Value);
    }

    [Fact]
    public void Validate_UndefinedRouteAndUnitAndLongNotes_ReportsEach()
    {
        // Arrange
        var details = ValidAdministrationDetails() with { Route = 0, DoseUnit = (DoseUnit)7, ProcedureNotes = new string('n', 2001) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("GEN-05", "Route"), ("GEN-05", "DoseUnit"), ("GEN-04", "ProcedureNotes")], ViolationAssert.Pairs(violations));
    }
}
