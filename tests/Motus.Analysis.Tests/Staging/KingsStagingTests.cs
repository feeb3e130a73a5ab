using Motus.Analysis.Staging;
using Motus.Domain.Assessments;
using static Motus.Analysis.Tests.Staging.StagingRatings;

namespace Motus.Analysis.Tests.Staging;

/// <summary>One hand-made rating for every branch of the King's mapping (als-methods §3.2).</summary>
public sealed class KingsStagingTests
{
    [Fact]
    public void FromAlsfrs_RatingOnDeathDate_Stage5()
    {
        var r = KingsStaging.FromAlsfrs(Normal(), deathDate: Date);

        Assert.Equal(KingsStage.Stage5, r.Stage);
        Assert.Equal("5", r.Label);
    }

    [Fact]
    public void FromAlsfrs_OriginalScale_NotDetermined()
    {
        var original = Normal() with { Scale = AlsfrsScale.Alsfrs, R1Dyspnea = null, R2Orthopnea = null, R3RespiratoryInsufficiency = null, Q10Respiratory = 4 };

        var r = KingsStaging.FromAlsfrs(original);

        Assert.Null(r.Stage);
        Assert.Contains("original ALSFRS", r.NotDeterminedReason);
    }

    [Fact]
    public void FromAlsfrs_DyspnoeaZero_Stage4B()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { R1Dyspnea = 0 });

        Assert.Equal(KingsStage.Stage4B, r.Stage);
        Assert.Equal("4B", r.Label);
        Assert.True(r.RespiratoryFailure);
    }

    [Fact]
    public void FromAlsfrs_DyspnoeaOne_NotRespiratoryFailure()
    {
        // R1 = 1 is not 0 and R3 = 4: no 4B; all regions normal → stage 0
        var r = KingsStaging.FromAlsfrs(Normal() with { R1Dyspnea = 1 });

        Assert.False(r.RespiratoryFailure);
        Assert.Equal(KingsStage.Stage0, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_IntermittentBipap_Stage4B()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { R3RespiratoryInsufficiency = 3 });

        Assert.Equal(KingsStage.Stage4B, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_RespiratoryAndGastrostomy_4BTakesPrecedence()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { R3RespiratoryInsufficiency = 2, Q5aCutting = null, Q5bCuttingGastrostomy = 3, Gastrostomy = true });

        Assert.Equal(KingsStage.Stage4B, r.Stage);
        Assert.True(r.Gastrostomy);
    }

    [Fact]
    public void FromAlsfrs_R1MissingR3Normal_NotDetermined()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { R1Dyspnea = null });

        Assert.Null(r.Stage);
        Assert.Null(r.RespiratoryFailure);
        Assert.Contains("4B cannot be ruled out", r.NotDeterminedReason);
    }

    [Fact]
    public void FromAlsfrs_R1MissingR3Low_Stage4B()
    {
        // OR with one known true part is true whatever the missing part
        var r = KingsStaging.FromAlsfrs(Normal() with { R1Dyspnea = null, R3RespiratoryInsufficiency = 1 });

        Assert.Equal(KingsStage.Stage4B, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_Item5bAnswered_Stage4A()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q5aCutting = null, Q5bCuttingGastrostomy = 4, Gastrostomy = null });

        Assert.Equal(KingsStage.Stage4A, r.Stage);
        Assert.Equal("4A", r.Label);
    }

    [Fact]
    public void FromAlsfrs_GastrostomyFlag_Stage4A()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q5aCutting = null, Gastrostomy = true });

        Assert.Equal(KingsStage.Stage4A, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_GastrostomyEventOnRatingDate_Stage4A()
    {
        var r = KingsStaging.FromAlsfrs(Normal(), gastrostomyDate: Date);

        Assert.Equal(KingsStage.Stage4A, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_GastrostomyEventAfterRating_NotStage4A()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q3Swallowing = 2 }, gastrostomyDate: Date.AddDays(1));

        Assert.False(r.Gastrostomy);
        Assert.Equal(KingsStage.Stage1, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_GastrostomyUnknown_NotDetermined()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q5aCutting = null, Gastrostomy = null });

        Assert.Null(r.Stage);
        Assert.Contains("4A cannot be ruled out", r.NotDeterminedReason);
    }

    [Fact]
    public void FromAlsfrs_SalivationOnly_Stage1Bulbar()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q2Salivation = 3 });

        Assert.Equal(KingsStage.Stage1, r.Stage);
        Assert.True(r.Bulbar);
        Assert.False(r.UpperLimb);
        Assert.False(r.LowerLimb);
    }

    [Fact]
    public void FromAlsfrs_CuttingOnly_Stage1UpperLimb()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q5aCutting = 3 });

        Assert.Equal(KingsStage.Stage1, r.Stage);
        Assert.True(r.UpperLimb);
    }

    [Fact]
    public void FromAlsfrs_BulbarAndWalking_Stage2()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q1Speech = 3, Q8Walking = 3 });

        Assert.Equal(KingsStage.Stage2, r.Stage);
        Assert.Equal("2", r.Label);
    }

    [Fact]
    public void FromAlsfrs_ThreeRegions_Stage3()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q3Swallowing = 3, Q4Handwriting = 2, Q8Walking = 1 });

        Assert.Equal(KingsStage.Stage3, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_OnlyItems6791011Impaired_Stage0()
    {
        // dressing, turning, stairs, dyspnoea > 0 and orthopnoea impaired: no region item below 4
        var r = KingsStaging.FromAlsfrs(Normal() with { Q6Dressing = 2, Q7Turning = 2, Q9Stairs = 1, R1Dyspnea = 2, R2Orthopnea = 1 });

        Assert.Equal(KingsStage.Stage0, r.Stage);
        Assert.Equal("0", r.Label);
        Assert.False(r.RecodedFromStageZero);
    }

    [Fact]
    public void FromAlsfrs_Stage0WithRecodeOption_Stage1Flagged()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q9Stairs = 1 }, options: new StagingOptions { RecodeStageZeroToOne = true });

        Assert.Equal(KingsStage.Stage1, r.Stage);
        Assert.True(r.RecodedFromStageZero);
        Assert.Contains("recoded", r.Method);
    }

    [Fact]
    public void FromAlsfrs_WalkingMissing_NotDetermined()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q8Walking = null });

        Assert.Null(r.Stage);
        Assert.Contains("lower limb", r.NotDeterminedReason);
    }

    [Fact]
    public void FromAlsfrs_HandwritingMissingButCuttingImpaired_UpperLimbKnown()
    {
        var r = KingsStaging.FromAlsfrs(Normal() with { Q4Handwriting = null, Q5aCutting = 2 });

        Assert.True(r.UpperLimb);
        Assert.Equal(KingsStage.Stage1, r.Stage);
    }
}
