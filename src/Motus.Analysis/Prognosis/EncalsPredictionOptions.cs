namespace Motus.Analysis.Prognosis;

/// <summary>What to predict. Every member has a documented default.</summary>
public sealed record EncalsPredictionOptions
{
    /// <summary>Times of the curve, months since onset. Default 1, 2, …, 120.</summary>
    public IReadOnlyList<double> Times { get; init; } = Enumerable.Range(1, 120).Select(m => (double)m).ToArray();

    /// <summary>Survival levels whose times are reported. Default 0.75, 0.5 (median), 0.25.</summary>
    public IReadOnlyList<double> SurvivalLevels { get; init; } = [0.75, 0.5, 0.25];

    /// <summary>
    /// Condition on being event-free at this many months since onset: S(t | T &gt; t0) = S(t)/S(t0) (derived, standard; the
    /// public code does not condition). Default null: unconditional, from onset.
    /// </summary>
    public double? EventFreeAtMonths { get; init; }
}
