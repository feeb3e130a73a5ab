using Motus.Domain.CellTherapy;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.CellTherapy;

public sealed class CellProductTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void Validate_AllogeneicWithDonor_ReportsAutologousDonor()
    {
        // Arrange
        var details = ValidCellProductDetails() with { DonorPatientId = PatientId.New() };

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "CP-02", "DonorPatientId");
        Assert.Contains("origin Allogeneic", v.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(100.0, true)]
    [InlineData(-0.1, false)]
    [InlineData(double.NaN, false)]
    public void Validate_Viability_IsValidOnlyFrom0To100(double percent, bool valid)
    {
        // Arrange
        var details = ValidCellProductDetails() with { ViabilityPercent = percent };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(valid ? [] : [("CP-01", "ViabilityPercent")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_BadLotAndFutureRelease_ReportsBoth()
    {
        // Arrange
        var details = ValidCellProductDetails("LOT 1") with { ReleaseDate = Today.AddDays(1) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("STUDY-04", "Lot"), ("GEN-01", "ReleaseDate")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Create_ValidDetails_KeepsStudyAndDetails()
    {
        // Arrange
        var studyId = StudyId.New();
        var details = ValidCellProductDetails();

        // Act
        var product = CellProduct.Create(studyId, details, Today).Value;

        // Assert
        Assert.Equal(studyId, product.StudyId);
        Assert.Same(details, product.Details);
        Assert.NotEqual(Guid.Empty, product.Id.Value);
    }

    [Fact]
    public void Revise_InvalidDetails_ChangesNothing()
    {
        // Arrange
        var product = ValidCellProduct(StudyId.New());
        var original = product.Details;

        // Act
        var violations = product.Revise(original with { ViabilityPercent = 120 }, Today);

        // Assert
        ViolationAssert.Single(violations, "CP-01", "ViabilityPercent");
        Assert.Same(original, product.Details);
    }

    [Fact]
    public void Revise_ValidDetails_ReplacesDetails()
    {
        // Arrange
        var product = ValidCellProduct(StudyId.New());
        var revised = product.Details with { ViabilityPercent = 88 };

        // Act
        var violations = product.Revise(revised, Today);

        // Assert
        Assert.Empty(violations);
        Assert.Same(revised, product.Details);
    }
}
