namespace Motus.Analysis.Evidence;

/// <summary>How sure the evidence library is of one field, as recorded in the shared reference notes.</summary>
public enum EvidenceStatus
{
    /// <summary>
    /// The reference notes record that the value was seen in a retrieved primary source (paper, abstract, registry
    /// record) named by the field's source. Motus itself has not re-read the paper.
    /// </summary>
    Verified,

    /// <summary>
    /// Inferred, derived, taken from a secondary source, or flagged as a judgement call in the reference notes; the
    /// field's note says why. Confirm before relying on it.
    /// </summary>
    Unverified,

    /// <summary>The reference does not give the value (not reported, or not captured from the retrieved text). Never filled.</summary>
    Missing,
}
