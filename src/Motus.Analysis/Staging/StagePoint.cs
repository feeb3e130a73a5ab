namespace Motus.Analysis.Staging;

/// <summary>Both stages at one date of a patient's timeline: a rating, or the death.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kings">King's stage (5 at death).</param>
/// <param name="Mitos">MiToS stage (5 at death).</param>
/// <param name="IsDeath">True for the death point (no rating).</param>
public sealed record StagePoint(DateOnly Date, KingsStageResult Kings, MitosStageResult Mitos, bool IsDeath);
