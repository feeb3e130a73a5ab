using Motus.Analysis.Cafs;

namespace Motus.Analysis.Tests.Cafs;

/// <summary>The CAFS pairwise comparison on hand-scored examples (see <see cref="CafsExample"/>).</summary>
public sealed class CafsScoringTests
{
    [Fact]
    public void Matrix_DefaultRules_HandScored()
    {
        // Pairwise matrix, row i vs column j (default: undecided survival → function at the last common time):
        //        P1  P2  P3  P4  P5    U
        //   P1    .  −1  −1  −1  −1   −4   P1 died first of all; vs P5 (censored at 2 < 3): function at t* = 1: −3 < −1
        //   P2   +1   .  +1  +1  +1   +4   vs P3: followed to 12 ≥ 6; vs P4: t* = 12, −4 > −9; vs P5: t* = 1, 0 > −1
        //   P3   +1  −1   .  −1  +1    0   vs P1: died later; vs P5 (censored at 2 < 6): t* = 1, 0 (no rating by 1) > −1
        //   P4   +1  −1  +1   .  +1   +2   vs P5: t* = 1, 0 > −1
        //   P5   +1  −1  −1  −1   .   −2
        int[][] expected =
        [
            [0, -1, -1, -1, -1],
            [1, 0, 1, 1, 1],
            [1, -1, 0, -1, 1],
            [1, -1, 1, 0, 1],
            [1, -1, -1, -1, 0],
        ];

        // Act
        var m = CafsScoring.Matrix(CafsExample.Subjects());
        var u = CafsScoring.Scores(CafsExample.Subjects());

        // Assert
        Assert.Equal(expected, m);
        Assert.Equal([-4, 4, 0, 2, -2], u);
    }

    [Fact]
    public void Scores_UndecidedSurvivalTie_PairsWithCensoredBeforeDeathScoreZero()
    {
        // P1 vs P5 and P3 vs P5 become 0: U1 = −1−1−1+0 = −3, U3 = +1−1−1+0 = −1, U5 = 0−1+0−1 = −2; P2, P4 unchanged.
        var u = CafsScoring.Scores(CafsExample.Subjects(), CafsScoringOptions.Default with { Undecided = UndecidedSurvival.Tie });

        Assert.Equal([-3, 4, -1, 2, -2], u);
    }

    [Fact]
    public void Scores_LastObservation_EarlyDropoutFavoured()
    {
        // Each patient's own last change: P1 −3, P2 −4, P3 −6, P4 −9, P5 −1. Survival decides P1–P2, P1–P3, P1–P4,
        // P2–P3, P3–P4 as before; function decides P1–P5 (−3 < −1), P2–P4 (−4 > −9), P2–P5 (−4 < −1), P3–P5 (−6 < −1),
        // P4–P5 (−9 < −1). U = P1 −4, P2 +1+1+1−1 = 2, P3 +1−1−1−1 = −2, P4 +1−1+1−1 = 0, P5 +4.
        var u = CafsScoring.Scores(CafsExample.Subjects(), CafsScoringOptions.Default with { Function = FunctionalComparison.LastObservation });

        Assert.Equal([-4, 2, -2, 0, 4], u);
    }

    [Fact]
    public void Compare_BothDiedSameTime_GoesOnToFunctionOrTies()
    {
        var a = new CafsSubject("A", true, 5, [new(2, -1)]);
        var b = new CafsSubject("B", true, 5, [new(2, -4)]);

        Assert.Equal(1, CafsScoring.Compare(a, b));
        Assert.Equal(-1, CafsScoring.Compare(b, a));
        Assert.Equal(0, CafsScoring.Compare(a, b, CafsScoringOptions.Default with { Undecided = UndecidedSurvival.Tie }));
    }

    [Fact]
    public void Compare_SurvivorSeenOnTheDayOfDeath_Wins()
    {
        // Follow-up ends at exactly the other's death time: known alive then, so the survivor wins.
        var died = new CafsSubject("D", true, 4, []);
        var alive = new CafsSubject("A", false, 4, [new(4, -20)]);

        Assert.Equal(1, CafsScoring.Compare(alive, died));
    }

    [Fact]
    public void Compare_BothAliveWithoutLaterRatings_Tie()
    {
        var a = new CafsSubject("A", false, 3, []);
        var b = new CafsSubject("B", false, 9, []);

        Assert.Equal(0, CafsScoring.Compare(a, b));
    }

    [Fact]
    public void Ranks_TiedScores_MidRanks()
    {
        // Scores 3, −1, 3, 0, −1: sorted −1, −1, 0, 3, 3 → ranks 1.5, 1.5, 3, 4.5, 4.5.
        Assert.Equal([4.5, 1.5, 4.5, 3, 1.5], CafsScoring.Ranks([3, -1, 3, 0, -1]));
    }

    [Fact]
    public void Matrix_DescendingFunctionTimes_Throws()
    {
        var bad = new CafsSubject("X", false, 5, [new(3, -1), new(2, -2)]);

        Assert.Throws<ArgumentException>(() => CafsScoring.Matrix([bad, CafsExample.Subjects()[0]]));
    }
}
