using Motus.Analysis.Prognosis;

namespace Motus.Analysis.Tests.Prognosis;

public sealed class TricalsWindowTests
{
    private static readonly EncalsPredictors Example = new(0.5, 10, 60, 90, false, false, false, null);

    [Fact]
    public void Check_ReferenceExample_InsideWithTricalsSet()
    {
        // TRICALS set: −1.839·1.2909944 − 2.376 − 0.264·2.7777778 + 0.474·2.1652037 = −4.4571656 ∈ [−6, −2]
        var r = TricalsWindow.Check(Example);

        Assert.True(r.Inside);
        Assert.Equal(-4.4571656, r.LinearPredictor.Value, 6);
        Assert.Equal(-6.0, r.Lower);
        Assert.Equal(-2.0, r.Upper);
        Assert.Contains("TRICALS risk profile", r.Method);
    }

    [Fact]
    public void Check_FastProgressor_AboveWindow()
    {
        // ΔFS 3, delay 3 months, age 75, VC 55%, bulbar, definite, FTD: a poor-prognosis profile, LP > −2
        var r = TricalsWindow.Check(new EncalsPredictors(3, 3, 75, 55, true, true, true, null));

        Assert.False(r.Inside);
        Assert.True(r.LinearPredictor.Value > -2);
    }

    [Fact]
    public void Check_SlowProgressor_BelowWindow()
    {
        var r = TricalsWindow.Check(new EncalsPredictors(0.05, 40, 40, 110, false, false, false, null));

        Assert.False(r.Inside);
        Assert.True(r.LinearPredictor.Value < -6);
    }

    [Fact]
    public void Check_LpOnBound_Inside()
    {
        var lp = EncalsModel.LinearPredictor(Example, EncalsCoefficients.TricalsRiskProfile).Value;

        Assert.True(TricalsWindow.Check(Example, lower: lp, upper: lp + 1).Inside);
        Assert.True(TricalsWindow.Check(Example, lower: lp - 1, upper: lp).Inside);
    }

    [Fact]
    public void Check_LowerAboveUpper_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TricalsWindow.Check(Example, lower: -1, upper: -2));
    }
}
