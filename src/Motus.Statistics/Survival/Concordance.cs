namespace Motus.Statistics.Survival;

/// <summary>
/// Harrell's concordance of the linear predictor with survival, as <c>coxph</c> reports it
/// (<c>fit$concordance</c>, computed by <c>concordancefit(y, lp, strata, weights, reverse = TRUE, timefix = FALSE)</c>):
/// a pair is comparable when the one with the shorter time had the event and the other was still at risk then
/// (censored at the same time counts as at risk), within stratum; concordant when the one with the event had the
/// higher risk score. Counts are weighted by the product of case weights.
/// Harrell et al. (1982), JAMA 247:2543–2546; variance by the infinitesimal jackknife, Therneau &amp; Watson (2017),
/// survival vignette "concordance".
/// </summary>
/// <param name="Concordant">Weighted concordant pairs.</param>
/// <param name="Discordant">Weighted discordant pairs.</param>
/// <param name="TiedRisk">Comparable pairs with equal linear predictors (R: <c>tied.x</c>); count ½ in C.</param>
/// <param name="TiedTime">Pairs of events at the same time with different predictors (R: <c>tied.y</c>); not comparable.</param>
/// <param name="TiedBoth">Pairs of events at the same time with equal predictors (R: <c>tied.xy</c>); not comparable.</param>
/// <param name="Value">C = (concordant + tied.x/2)/(concordant + discordant + tied.x).</param>
/// <param name="StdErr">Infinitesimal-jackknife standard error of C (clustered when the fit has a cluster vector). R: <c>std</c>.</param>
public sealed record Concordance(
    double Concordant,
    double Discordant,
    double TiedRisk,
    double TiedTime,
    double TiedBoth,
    double Value,
    double StdErr);
