namespace Motus.Simulation.Trials;

/// <summary>A closed interval [Min, Max]; a missing bound is unbounded.</summary>
/// <param name="Min">Lower bound (inclusive), or null.</param>
/// <param name="Max">Upper bound (inclusive), or null.</param>
public sealed record ValueRange(double? Min, double? Max)
{
    /// <summary>True when <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The value.</param>
    public bool Contains(double value) => (Min is not { } lo || value >= lo) && (Max is not { } hi || value <= hi);

    /// <summary>The interval in words, e.g. "[−6, −2]".</summary>
    public override string ToString() =>
        $"[{(Min is { } lo ? lo.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) : "−∞")}, {(Max is { } hi ? hi.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) : "∞")}]";
}
