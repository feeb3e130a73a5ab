namespace Motus.Statistics.Survival;

/// <summary>Schoenfeld residuals of a Cox fit, one row per event. R: <c>residuals(fit, type = "schoenfeld" | "scaledsch")</c>.</summary>
/// <param name="Time">Event time of each row, ordered by (stratum, time, input row).</param>
/// <param name="Row">Input row index of each event.</param>
/// <param name="Residuals">Events × covariates; aliased covariates have 0 (raw) or 0 (scaled).</param>
/// <param name="Scaled">Whether the residuals are scaled (r·V·d + β̂).</param>
public sealed record CoxSchoenfeldResiduals(double[] Time, int[] Row, double[,] Residuals, bool Scaled);
