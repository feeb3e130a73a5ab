using Motus.Domain.Studies;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Studies;

public sealed class StudyTests
{
    [Fact]
    public void Create_ValidPlan_KeepsArmsAndScheduleInOrder()
    {
        // Arrange
        var anchor = new DateOnly(2000, 1, 1);

        // Act
        var study = ValidStudy(dateShiftAnchor: anchor);

        // Assert
        Assert.Equal([ActiveArm, PlaceboArm], study.Arms.Select(a => a.Code));
        Assert.Equal(["Screening", "Baseline", "Month 3"], study.VisitSchedule.Select(v => v.Name));
        Assert.All(study.Arms, a => Assert.Equal(study.Id, a.StudyId));
        Assert.All(study.VisitSchedule, v => Assert.Equal(study.Id, v.StudyId));
        Assert.True(study.IsDateShifted);
        Assert.Equal(anchor, study.DateShiftAnchor);
    }

    [Fact]
    public void Create_NoAnchor_IsNotDateShifted()
    {
        // Act
        var study = ValidStudy();

        // Assert
        Assert.False(study.IsDateShifted);
    }

    [Fact]
    public void Create_ManyRulesBroken_ReportsEveryViolation()
    {
        // Arrange
        ArmPlan[] arms = [new("A 1", ""), new("B", "Placebo"), new("b", "Again"), new("B", "Third")];
        VisitPlan[] visits = [new("", 0, 0, -2), new("Day 7", 7, 1, 1), new("day 7", 8, 1, 1)];

        // Act
        var result = Study.Create(" ", "PROTO/1", arms, visits);

        // Assert
        Assert.False(result.IsValid);
        Assert.Equal(
            [
                ("GEN-03", "Name"),
                ("STUDY-04", "ProtocolId"),
                ("STUDY-04", "Arm.Code"),
                ("GEN-03", "Arm.Name"),
                ("STUDY-01", "Arm.Code"),
                ("GEN-03", "Visit.Name"),
                ("STUDY-02", "Visit.WindowAfter"),
                ("STUDY-03", "Visit.Name"),
            ],
            ViolationAssert.Pairs(result.Violations));
        Assert.Equal("B", result.Violations[4].Value);
    }

    [Fact]
    public void AddArm_NewCode_AddsArm()
    {
        // Arrange
        var study = ValidStudy();

        // Act
        var violations = study.AddArm(new ArmPlan("MSC-HIGH", "High dose", "2e6 cells/kg"));

        // Assert
        Assert.Empty(violations);
        var arm = study.Arms[^1];
        Assert.Equal(("MSC-HIGH", "High dose", "2e6 cells/kg", study.Id), (arm.Code, arm.Name, arm.Description, arm.StudyId));
    }

    [Fact]
    public void AddArm_ExistingCodeInOtherCase_ReportsDuplicateAndAddsNothing()
    {
        // Arrange
        var study = ValidStudy();

        // Act
        var violations = study.AddArm(new ArmPlan("placebo", "Placebo again"));

        // Assert
        ViolationAssert.Single(violations, "STUDY-01", "Arm.Code");
        Assert.Equal(2, study.Arms.Count);
    }

    [Fact]
    public void AddArm_BadCodeAndBlankName_ReportsBothAndAddsNothing()
    {
        // Arrange
        var study = ValidStudy();

        // Act
        var violations = study.AddArm(new ArmPlan("high dose", ""));

        // Assert
        Assert.Equal([("STUDY-04", "Arm.Code"), ("GEN-03", "Arm.Name")], ViolationAssert.Pairs(violations));
        Assert.Equal(2, study.Arms.Count);
    }

    [Theory]
    [InlineData("MSC-IT", true)]
    [InlineData("msc-it", true)]
    [InlineData("MSC", false)]
    [InlineData(null, false)]
    public void HasArm_Code_MatchesCaseInsensitively(string? code, bool expected)
    {
        // Arrange
        var study = ValidStudy();

        // Act
        var has = study.HasArm(code);

        // Assert
        Assert.Equal(expected, has);
    }

    [Theory]
    [InlineData(83, false)]
    [InlineData(84, true)]
    [InlineData(91, true)]
    [InlineData(98, true)]
    [InlineData(99, false)]
    public void IsInWindow_DayAroundMonth3_IsInsideOnlyWithinWindow(int day, bool expected)
    {
        // Arrange: Month 3 is day 91, window 7 before and 7 after.
        var month3 = ValidStudy().VisitSchedule.Single(v => v.Name == "Month 3");

        // Act
        var inWindow = month3.IsInWindow(day);

        // Assert
        Assert.Equal(expected, inWindow);
    }
}
