namespace Motus.Analysis.Endpoints;

/// <summary>Which day of a qualifying run of sustained NIV is the event date.</summary>
public enum NivEventDateRule
{
    /// <summary>The first day of the run: ventilation became permanent then, although it is known only later.</summary>
    FirstDayOfRun = 1,

    /// <summary>The day the run reaches the required number of consecutive days (the day the criterion is met).</summary>
    DayCriterionMet = 2,
}
