using Motus.Analysis.Staging;
using Motus.Domain.Assessments;
using static Motus.Analysis.Tests.Staging.StagingRatings;

namespace Motus.Analysis.Tests.Staging;

/// <summary>One hand-made rating for every branch of MiToS Table 1 (als-methods §3.3), the AND trap included.</summary>
public sealed class MitosStagingTests
{
    [Fact]
    public void FromAlsfrs_AllNormal_Stage0()
    {
        var r = MitosStaging.FromAlsfrs(Normal());

        Assert.Equal(0, r.Stage);
        Assert.False(r.Movement);
        Assert.False(r.Swallowing);
        Assert.False(r.Communicating);
        Assert.False(r.Breathing);
    }

    [Fact]
    public void FromAlsfrs_DeathOnOrBeforeRating_Stage5()
    {
        Assert.Equal(5, MitosStaging.FromAlsfrs(Normal(), Date.AddDays(-1)).Stage);
    }

    [Fact]
    public void FromAlsfrs_OriginalScale_NotDetermined()
    {
        var original = Normal() with { Scale = AlsfrsScale.Alsfrs, R1Dyspnea = null, R2Orthopnea = null, R3RespiratoryInsufficiency = null, Q10Respiratory = 4 };

        var r = MitosStaging.FromAlsfrs(original);

        Assert.Null(r.Stage);
        Assert.Contains("original ALSFRS", r.NotDeterminedReason);
    }

    [Theory]
    [InlineData(1, 4, true)]  // walking ≤ 1
    [InlineData(4, 1, true)]  // dressing ≤ 1
    [InlineData(2, 2, false)] // both 2: independent
    public void FromAlsfrs_Movement_WalkingOrDressing(int walking, int dressing, bool lost)
    {
        var r = MitosStaging.FromAlsfrs(Normal() with { Q8Walking = walking, Q6Dressing = dressing });

        Assert.Equal(lost, r.Movement);
        Assert.Equal(lost ? 1 : 0, r.Stage);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void FromAlsfrs_Swallowing_AtMostOne(int swallowing, bool lost)
    {
        var r = MitosStaging.FromAlsfrs(Normal() with { Q3Swallowing = swallowing });

        Assert.Equal(lost, r.Swallowing);
    }

    [Fact]
    public void FromAlsfrs_SpeechLostHandwritingNormal_CommunicatingNotLost()
    {
        // The trap: Table 1 uses AND; an OR implementation would call this stage 1
        var r = MitosStaging.FromAlsfrs(Normal() with { Q1Speech = 0 });

        Assert.False(r.Communicating);
        Assert.Equal(0, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_HandwritingLostSpeechNormal_CommunicatingNotLost()
    {
        var r = MitosStaging.FromAlsfrs(Normal() with { Q4Handwriting = 1 });

        Assert.False(r.Communicating);
        Assert.Equal(0, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_SpeechAndHandwritingLost_CommunicatingLost()
    {
        var r = MitosStaging.FromAlsfrs(Normal() with { Q1Speech = 1, Q4Handwriting = 1 });

        Assert.True(r.Communicating);
        Assert.Equal(1, r.Stage);
    }

    [Theory]
    [InlineData(1, 4, true)]  // dyspnoea ≤ 1
    [InlineData(4, 2, true)]  // respiratory insufficiency ≤ 2
    [InlineData(2, 3, false)] // R1 = 2, R3 = 3: not lost
    public void FromAlsfrs_Breathing_DyspnoeaOrInsufficiency(int r1, int r3, bool lost)
    {
        var r = MitosStaging.FromAlsfrs(Normal() with { R1Dyspnea = r1, R3RespiratoryInsufficiency = r3 });

        Assert.Equal(lost, r.Breathing);
    }

    [Fact]
    public void FromAlsfrs_AllDomainsLost_Stage4()
    {
        var r = MitosStaging.FromAlsfrs(Normal() with { Q8Walking = 0, Q3Swallowing = 0, Q1Speech = 0, Q4Handwriting = 0, R3RespiratoryInsufficiency = 0 });

        Assert.Equal(4, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_SpeechMissingHandwritingNormal_DeterminedByAnd()
    {
        // AND with a known false part is false whatever the missing item
        var r = MitosStaging.FromAlsfrs(Normal() with { Q1Speech = null });

        Assert.False(r.Communicating);
        Assert.Equal(0, r.Stage);
    }

    [Fact]
    public void FromAlsfrs_SpeechMissingHandwritingLost_NotDetermined()
    {
        var r = MitosStaging.FromAlsfrs(Normal() with { Q1Speech = null, Q4Handwriting = 0 });

        Assert.Null(r.Communicating);
        Assert.Null(r.Stage);
        Assert.Contains("communicating", r.NotDeterminedReason);
    }

    [Fact]
    public void FromAlsfrs_WalkingMissingDressingLost_MovementLost()
    {
        var r = MitosStaging.FromAlsfrs(Normal() with { Q8Walking = null, Q6Dressing = 0 });

        Assert.True(r.Movement);
        Assert.Equal(1, r.Stage);
    }
}
