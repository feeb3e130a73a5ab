namespace Motus.Analysis.Staging;

/// <summary>Time a patient spent in one stage, summed over the intervals that started in it.</summary>
/// <param name="Stage">Stage label ("1", "4A", …) or "not determined".</param>
/// <param name="Days">Days in the stage.</param>
/// <param name="Months">Days / 30.4375.</param>
/// <param name="FirstObserved">First date the stage was observed.</param>
public sealed record StageDuration(string Stage, int Days, double Months, DateOnly FirstObserved);
