using Motus.Domain.Assessments;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Assessments;

public sealed class AlsfrsDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    /// <summary>Every item field of the ALSFRS-R, with the sub-score it belongs to.</summary>
    public static TheoryData<string, string> ItemsAndDomains => new()
    {
        { nameof(AlsfrsDetails.Q1Speech), "Bulbar" },
        { nameof(AlsfrsDetails.Q2Salivation), "Bulbar" },
        { nameof(AlsfrsDetails.Q3Swallowing), "Bulbar" },
        { nameof(AlsfrsDetails.Q4Handwriting), "FineMotor" },
        { nameof(AlsfrsDetails.Q5aCutting), "FineMotor" },
        { nameof(AlsfrsDetails.Q6Dressing), "FineMotor" },
        { nameof(AlsfrsDetails.Q7Turning), "GrossMotor" },
        { nameof(AlsfrsDetails.Q8Walking), "GrossMotor" },
        { nameof(AlsfrsDetails.Q9Stairs), "GrossMotor" },
        { nameof(AlsfrsDetails.R1Dyspnea), "Respiratory" },
        { nameof(AlsfrsDetails.R2Orthopnea), "Respiratory" },
        { nameof(AlsfrsDetails.R3RespiratoryInsufficiency), "Respiratory" },
    };

    /// <summary>Every item field (all 14, including 5b and Q10) with an out-of-range score.</summary>
    public static TheoryData<string, int> OutOfRangeItems
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var (_, item) in ValidAlsfrsDetails().Items())
            {
                data.Add(item, -1);
                data.Add(item, 5);
            }

            return data;
        }
    }

    [Fact]
    public void ComputedTotal_CompleteAlsfrsR_IsSumOfTwelveItems()
    {
        // Arrange
        var details = ValidAlsfrsDetails();

        // Act
        var total = details.ComputedTotal;

        // Assert
        Assert.Equal(36, total);
        Assert.Equal(36, details.Total);
        Assert.Equal(48, details.MaximumTotal);
        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void Subscores_CompleteAlsfrsR_AreSumsOfTheirThreeItems()
    {
        // Arrange
        var details = ValidAlsfrsDetails();

        // Act
        var scores = (details.Bulbar, details.FineMotor, details.GrossMotor, details.Respiratory);

        // Assert
        Assert.Equal((11, 8, 6, 11), scores);
    }

    [Theory]
    [MemberData(nameof(ItemsAndDomains))]
    public void Subscores_OneItemLowered_LowerOnlyThatItemsDomain(string item, string domain)
    {
        // Arrange
        var allFours = AllFours();

        // Act
        var details = WithItem(allFours, item, 1);

        // Assert
        var expected = new Dictionary<string, int?> { ["Bulbar"] = 12, ["FineMotor"] = 12, ["GrossMotor"] = 12, ["Respiratory"] = 12 };
        expected[domain] = 9;
        var actual = new Dictionary<string, int?>
        {
            ["Bulbar"] = details.Bulbar,
            ["FineMotor"] = details.FineMotor,
            ["GrossMotor"] = details.GrossMotor,
            ["Respiratory"] = details.Respiratory,
        };
        Assert.Equal(expected, actual);
        Assert.Equal(45, details.ComputedTotal);
    }

    [Fact]
    public void FineMotor_Item5bWithGastrostomy_Counts5bAsItem5()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Gastrostomy = true, Q5aCutting = null, Q5bCuttingGastrostomy = 1 };

        // Act
        var fineMotor = details.FineMotor;

        // Assert
        Assert.Equal(1, details.Q5);
        Assert.Equal(3 + 1 + 3, fineMotor);
        Assert.Equal(35, details.ComputedTotal);
        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void Q5_Only5aScored_Is5a()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Q5aCutting = 3, Q5bCuttingGastrostomy = null };

        // Act
        var q5 = details.Q5;

        // Assert
        Assert.Equal(3, q5);
    }

    [Fact]
    public void ComputedTotal_Neither5aNor5b_IsNullAndFineMotorIsNull()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Q5aCutting = null, Q5bCuttingGastrostomy = null };

        // Act
        var total = details.ComputedTotal;

        // Assert
        Assert.Null(total);
        Assert.Null(details.FineMotor);
        Assert.Equal(11, details.Bulbar);
    }

    [Theory]
    [MemberData(nameof(ItemsAndDomains))]
    public void ComputedTotal_AnyItemMissing_IsNull(string item, string domain)
    {
        // Arrange
        var details = WithItem(ValidAlsfrsDetails(), item, null);

        // Act
        var total = details.ComputedTotal;

        // Assert
        Assert.Null(total);
        Assert.Null(domain switch
        {
            "Bulbar" => details.Bulbar,
            "FineMotor" => details.FineMotor,
            "GrossMotor" => details.GrossMotor,
            _ => details.Respiratory,
        });
    }

    [Fact]
    public void Total_ItemsIncompleteWithRecordedTotal_FallsBackToRecordedTotal()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Q9Stairs = null, RecordedTotal = 30 };

        // Act
        var total = details.Total;

        // Assert
        Assert.Null(details.ComputedTotal);
        Assert.Equal(30, total);
        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void Total_ItemsIncompleteWithoutRecordedTotal_IsNull()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Q9Stairs = null };

        // Act
        var total = details.Total;

        // Assert
        Assert.Null(total);
    }

    [Fact]
    public void Total_TotalOnlyAsInProAct_IsRecordedTotalAndValid()
    {
        // Arrange
        var details = new AlsfrsDetails { Date = new(2025, 9, 10), RecordedTotal = 41 };

        // Act
        var total = details.Total;

        // Assert
        Assert.Equal(41, total);
        Assert.Null(details.Bulbar);
        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void ComputedTotal_OriginalAlsfrs_SumsQ1ToQ10WithMaximum40()
    {
        // Arrange
        var details = OriginalAlsfrs(q10: 2);

        // Act
        var total = details.ComputedTotal;

        // Assert
        Assert.Equal(11 + 8 + 6 + 2, total);
        Assert.Equal(40, details.MaximumTotal);
        Assert.Null(details.Respiratory);
        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void ComputedTotal_OriginalAlsfrsAllNormal_Is40()
    {
        // Arrange
        var details = AllFours() with { Scale = AlsfrsScale.Alsfrs, Q10Respiratory = 4, R1Dyspnea = null, R2Orthopnea = null, R3RespiratoryInsufficiency = null, RecordedTotal = 40 };

        // Act
        var total = details.ComputedTotal;

        // Assert
        Assert.Equal(40, total);
        Assert.Empty(details.Validate(Today));
    }

    [Fact]
    public void ComputedTotal_OriginalAlsfrsWithoutQ10_IsNull()
    {
        // Arrange
        var details = OriginalAlsfrs(q10: null);

        // Act
        var total = details.ComputedTotal;

        // Assert
        Assert.Null(total);
    }

    [Fact]
    public void Validate_OriginalAlsfrsRecordedTotal41_ReportsTotalRange()
    {
        // Arrange
        var details = new AlsfrsDetails { Date = new(2025, 9, 10), Scale = AlsfrsScale.Alsfrs, RecordedTotal = 41 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "ALSFRS-06", "RecordedTotal");
        Assert.Equal("41", v.Value);
    }

    [Fact]
    public void Validate_OriginalAlsfrsWithRespiratoryItems_ReportsEachRItem()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Scale = AlsfrsScale.Alsfrs, Q10Respiratory = 3 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(
            [("ALSFRS-03", "R1Dyspnea"), ("ALSFRS-03", "R2Orthopnea"), ("ALSFRS-03", "R3RespiratoryInsufficiency")],
            ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_RecordedTotalDiffersFromItems_ReportsMismatchWithComputedSum()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { RecordedTotal = 35 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "ALSFRS-05", "RecordedTotal");
        Assert.Equal("35", v.Value);
        Assert.Contains("items sum to 36", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RecordedTotalWithIncompleteItems_DoesNotCompare()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Q1Speech = null, RecordedTotal = 10 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_ItemOutOfRangeAndTotalDiffers_ReportsOnlyTheItem()
    {
        // Arrange: the sum of invalid items is meaningless, so ALSFRS-05 is not checked.
        var details = ValidAlsfrsDetails() with { Q1Speech = 5, RecordedTotal = 37 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "ALSFRS-01", "Q1Speech");
    }

    [Fact]
    public void Validate_NegativeRecordedTotal_ReportsTotalRangeNotMismatch()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { RecordedTotal = -1 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "ALSFRS-06", "RecordedTotal");
    }

    [Theory]
    [MemberData(nameof(OutOfRangeItems))]
    public void Validate_ItemOutOfRange_ReportsThatItem(string item, int score)
    {
        // Arrange: 5b and Q10 are tested on a record where they are the item in use.
        var baseline = item switch
        {
            nameof(AlsfrsDetails.Q5bCuttingGastrostomy) => ValidAlsfrsDetails() with { Q5aCutting = null, Gastrostomy = true },
            nameof(AlsfrsDetails.Q10Respiratory) => OriginalAlsfrs(q10: 2),
            _ => ValidAlsfrsDetails(),
        };
        var details = WithItem(baseline, item, score);

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "ALSFRS-01", item);
        Assert.Equal(score.ToString(System.Globalization.CultureInfo.InvariantCulture), v.Value);
    }

    [Fact]
    public void Validate_SeveralItemsOutOfRange_ReportsEachItem()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Q2Salivation = -1, Q8Walking = 5, R3RespiratoryInsufficiency = 7 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(
            [("ALSFRS-01", "Q2Salivation"), ("ALSFRS-01", "Q8Walking"), ("ALSFRS-01", "R3RespiratoryInsufficiency")],
            ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_ManyRulesBroken_ReportsEveryViolationInRuleOrder()
    {
        // Arrange
        var details = ValidAlsfrsDetails(Today.AddDays(1)) with
        {
            Mode = (AdministrationMode)9,
            Rater = new string('r', 101),
            Q1Speech = 5,
            Q7Turning = -1,
            Q10Respiratory = 3,
            Gastrostomy = true,
        };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(
            [
                ("GEN-05", "Mode"),
                ("GEN-01", "Date"),
                ("GEN-04", "Rater"),
                ("ALSFRS-01", "Q1Speech"),
                ("ALSFRS-01", "Q7Turning"),
                ("ALSFRS-03", "Q10Respiratory"),
                ("ALSFRS-04", "Q5aCutting"),
            ],
            ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_Both5aAnd5bWithoutGastrostomy_ReportsExclusivityAndFlag()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Q5bCuttingGastrostomy = 2 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("ALSFRS-02", "Q5bCuttingGastrostomy"), ("ALSFRS-04", "Q5bCuttingGastrostomy")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_5bWithGastrostomyUnrecorded_IsValid()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Q5aCutting = null, Q5bCuttingGastrostomy = 3, Gastrostomy = null };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Create_InvalidDetails_FailsWithViolations()
    {
        // Arrange
        var details = ValidAlsfrsDetails() with { Q3Swallowing = 5 };

        // Act
        var result = AlsfrsAssessment.Create(PatientId.New(), details, Today);

        // Assert
        Assert.False(result.IsValid);
        ViolationAssert.Single(result.Violations, "ALSFRS-01", "Q3Swallowing");
    }

    [Fact]
    public void Create_ValidDetails_KeepsPatientAndDetails()
    {
        // Arrange
        var patientId = PatientId.New();
        var details = ValidAlsfrsDetails();

        // Act
        var assessment = AlsfrsAssessment.Create(patientId, details, Today).Value;

        // Assert
        Assert.Equal(patientId, assessment.PatientId);
        Assert.Same(details, assessment.Details);
        Assert.NotEqual(Guid.Empty, assessment.Id);
        Assert.False(assessment.IsDeleted);
    }

    private static AlsfrsDetails AllFours()
    {
        var valid = ValidAlsfrsDetails();
        return NormalAlsfrsDetails(valid.Date) with { Mode = valid.Mode, Respondent = valid.Respondent, Rater = valid.Rater };
    }

    private static AlsfrsDetails OriginalAlsfrs(int? q10) => ValidAlsfrsDetails() with
    {
        Scale = AlsfrsScale.Alsfrs,
        Q10Respiratory = q10,
        R1Dyspnea = null,
        R2Orthopnea = null,
        R3RespiratoryInsufficiency = null,
    };

    private static AlsfrsDetails WithItem(AlsfrsDetails d, string item, int? score) => item switch
    {
        nameof(AlsfrsDetails.Q1Speech) => d with { Q1Speech = score },
        nameof(AlsfrsDetails.Q2Salivation) => d with { Q2Salivation = score },
        nameof(AlsfrsDetails.Q3Swallowing) => d with { Q3Swallowing = score },
        nameof(AlsfrsDetails.Q4Handwriting) => d with { Q4Handwriting = score },
        nameof(AlsfrsDetails.Q5aCutting) => d with { Q5aCutting = score },
        nameof(AlsfrsDetails.Q5bCuttingGastrostomy) => d with { Q5bCuttingGastrostomy = score },
        nameof(AlsfrsDetails.Q6Dressing) => d with { Q6Dressing = score },
        nameof(AlsfrsDetails.Q7Turning) => d with { Q7Turning = score },
        nameof(AlsfrsDetails.Q8Walking) => d with { Q8Walking = score },
        nameof(AlsfrsDetails.Q9Stairs) => d with { Q9Stairs = score },
        nameof(AlsfrsDetails.Q10Respiratory) => d with { Q10Respiratory = score },
        nameof(AlsfrsDetails.R1Dyspnea) => d with { R1Dyspnea = score },
        nameof(AlsfrsDetails.R2Orthopnea) => d with { R2Orthopnea = score },
        nameof(AlsfrsDetails.R3RespiratoryInsufficiency) => d with { R3RespiratoryInsufficiency = score },
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Not an ALSFRS item."),
    };
}
