namespace Motus.Analysis.Responders;

/// <summary>What a responder analysis does with a patient whose slope reduction cannot be computed.</summary>
public enum UnevaluablePolicy
{
    /// <summary>Leave the patient out of the denominator (status not evaluable, counted and reported).</summary>
    Exclude,

    /// <summary>Count the patient as a non-responder (in the denominator, not in the numerator): the conservative choice.</summary>
    CountAsNonResponder,
}
