namespace Motus.Analysis.Cafs;

/// <summary>
/// One patient as the CAFS pairwise comparison sees it: whether the survival event (death) was observed, the time of
/// that event or of the end of follow-up, and the functional changes from baseline observed up to then.
/// </summary>
/// <param name="Code">Identifier for results.</param>
/// <param name="Died">True when the survival event was observed at <paramref name="Time"/>.</param>
/// <param name="Time">Time of death, or of the end of follow-up (censoring) when alive; ≥ 0.</param>
/// <param name="Function">
/// Post-baseline observations, times &gt; 0 in ascending order; may be empty. The baseline itself is implicit: change 0
/// at time 0.
/// </param>
public sealed record CafsSubject(string Code, bool Died, double Time, IReadOnlyList<FunctionalObservation> Function)
{
    /// <summary>Time of the last functional observation; 0 (baseline) when there is none.</summary>
    public double LastFunctionTime => Function.Count == 0 ? 0 : Function[^1].Time;

    /// <summary>Change at the last observation on or before <paramref name="time"/> (last observation carried forward); 0 before the first.</summary>
    /// <param name="time">The time at which the change is read.</param>
    public double ChangeAt(double time)
    {
        // Binary search for the last observation with Time ≤ time (Function is in time order): called for every pair of
        // a cohort, so it must neither scan nor allocate.
        var function = Function;
        int lo = 0, hi = function.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (function[mid].Time <= time)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? 0.0 : function[found].Change;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when times are negative, not finite or not ascending.</summary>
    public void Validate()
    {
        if (!(Time >= 0) || !double.IsFinite(Time))
        {
            throw new ArgumentException($"Subject {Code}: time = {Time} must be a finite number ≥ 0.", nameof(Time));
        }

        var previous = 0.0;
        foreach (var o in Function)
        {
            if (!(o.Time > previous) || !double.IsFinite(o.Time) || !double.IsFinite(o.Change))
            {
                throw new ArgumentException($"Subject {Code}: functional observation at time {o.Time} (change {o.Change}) must be finite, after time 0 and after the previous one.", nameof(Function));
            }

            previous = o.Time;
        }
    }
}
