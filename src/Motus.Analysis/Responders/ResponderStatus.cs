namespace Motus.Analysis.Responders;

/// <summary>A patient's classification in a responder analysis.</summary>
public enum ResponderStatus
{
    /// <summary>Slope reduction at or above the threshold.</summary>
    Responder,

    /// <summary>Slope reduction below the threshold, or counted as such by an <see cref="UnevaluablePolicy"/>.</summary>
    NonResponder,

    /// <summary>Left out of the denominator; the reason says why.</summary>
    NotEvaluable,
}
