namespace Motus.Statistics.Survival;

/// <summary>How the Cox partial likelihood treats tied event times. R: <c>coxph(ties = …)</c>.</summary>
public enum TiesMethod
{
    /// <summary>
    /// Efron (1977), J Am Stat Assoc 72:557–565: the k-th of d tied deaths sees the risk set with (k/d) of the tied
    /// deaths' risk removed. R's default (<c>ties = "efron"</c>); closer to the exact partial likelihood.
    /// </summary>
    Efron,

    /// <summary>Breslow (1974), Biometrics 30:89–99: every tied death sees the full risk set. R: <c>ties = "breslow"</c>.</summary>
    Breslow,
}
