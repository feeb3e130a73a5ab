namespace Motus.Statistics.Survival;

/// <summary>
/// Baseline cumulative hazard of a Cox fit at every distinct exit time of each stratum. R: <c>basehaz(fit, centered)</c>
/// (columns <c>hazard</c>, <c>time</c>, <c>strata</c>).
/// </summary>
/// <param name="Time">Exit times, ascending within stratum; strata in ascending code order.</param>
/// <param name="CumulativeHazard">Λ0(t) for the reference subject (see <paramref name="Centered"/>).</param>
/// <param name="Stratum">Stratum code of each row, or null for an unstratified fit.</param>
/// <param name="Centered">True: reference subject at the covariate means (R's default); false: at x = 0.</param>
public sealed record BaselineCumulativeHazard(double[] Time, double[] CumulativeHazard, int[]? Stratum, bool Centered);
