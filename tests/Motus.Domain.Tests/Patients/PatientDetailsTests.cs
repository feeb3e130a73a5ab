using Motus.Domain.Patients;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Patients;

public sealed class PatientDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void Validate_DefaultBuilder_IsValid()
    {
        // Arrange
        var details = ValidPatientDetails();

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("P001\n")]
    [InlineData("P 001")]
    [InlineData("")]
    [InlineData("Müller")]
    public void Validate_CodeNotAPseudonymPattern_ReportsCodePattern(string code)
    {
        // Arrange
        var details = ValidPatientDetails(code);

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "PAT-01", "Code");
    }

    [Fact]
    public void Validate_YearOfBirthInCurrentYear_IsValidAndNextYearIsNot()
    {
        // Arrange
        var thisYear = ValidPatientDetails() with { YearOfBirth = Today.Year, OnsetDate = null };
        var nextYear = ValidPatientDetails() with { YearOfBirth = Today.Year + 1, OnsetDate = null };

        // Act
        var violations = (thisYear.Validate(Today), nextYear.Validate(Today));

        // Assert
        Assert.Empty(violations.Item1);
        ViolationAssert.Single(violations.Item2, "PAT-02", "YearOfBirth");
    }

    [Fact]
    public void Validate_YearOfBirth_UsesTodayArgumentNotTheClock()
    {
        // Arrange
        var details = ValidPatientDetails() with { YearOfBirth = 2030, OnsetDate = null };

        // Act
        var violations = details.Validate(new DateOnly(2030, 1, 1));

        // Assert
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(GeneticFindings.C9orf72 | GeneticFindings.Sod1, true)]
    [InlineData(GeneticFindings.None, true)]
    [InlineData((GeneticFindings)32, false)]
    public void Validate_Genetics_AcceptsOnlyDefinedFlags(GeneticFindings genetics, bool valid)
    {
        // Arrange
        var details = ValidPatientDetails() with { Genetics = genetics };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(valid ? [] : [("GEN-05", "Genetics")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_ArmCodeWithSpace_ReportsCodePatternOnArmCode()
    {
        // Arrange
        var details = ValidPatientDetails() with { ArmCode = "arm 1" };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "STUDY-04", "ArmCode");
    }

    [Fact]
    public void Validate_OnsetAfterEnrolmentWithDiagnosisKnown_ReportsOnsetBeforeDiagnosisNotPat09()
    {
        // Arrange: onset after both diagnosis and enrolment; PAT-03 already says so, PAT-09 is for an unknown diagnosis.
        var details = ValidPatientDetails() with { OnsetDate = new(2025, 6, 11) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "PAT-03", "DiagnosisDate");
    }

    [Fact]
    public void Validate_FutureWithdrawalAndAncientRiluzoleReport_ReportsBothDateFields()
    {
        // Arrange
        var details = ValidPatientDetails() with { WithdrawalDate = Today.AddDays(1), RiluzoleReportDate = new(1899, 1, 1) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("GEN-01", "WithdrawalDate"), ("GEN-02", "RiluzoleReportDate")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_ManyRulesBroken_ReportsEveryViolation()
    {
        // Arrange
        var details = ValidPatientDetails("J. Doe") with
        {
            Sex = (Sex)9,
            YearOfBirth = 1899,
            ConsentDate = new(2025, 6, 20),
            WithdrawalDate = new(2025, 6, 1),
        };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(
            [("PAT-01", "Code"), ("GEN-05", "Sex"), ("PAT-02", "YearOfBirth"), ("PAT-05", "EnrolmentDate"), ("PAT-06", "WithdrawalDate")],
            ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_OnlyCode_IsValid()
    {
        // Arrange
        var details = new PatientDetails { Code = "P-0001" };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }
}
