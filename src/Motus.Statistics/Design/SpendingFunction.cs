namespace Motus.Statistics.Design;

/// <summary>Lan–DeMets alpha-spending functions α(t) for information fraction t ∈ (0, 1], α(1) = α.</summary>
public enum SpendingFunction
{
    /// <summary>
    /// O'Brien–Fleming type: α(t) = 2 − 2Φ(z_{1−α/2}/√t) (Lan &amp; DeMets 1983, Biometrika 70:659–663).
    /// rpact <c>typeOfDesign = "asOF"</c>; gsDesign <c>sfLDOF</c>.
    /// </summary>
    OBrienFlemingType,

    /// <summary>Pocock type: α(t) = α·ln(1 + (e − 1)t) (Lan &amp; DeMets 1983). rpact <c>typeOfDesign = "asP"</c>; gsDesign <c>sfLDPocock</c>.</summary>
    PocockType,
}
