namespace Motus.Statistics.Mixed;

/// <summary>
/// The conditional modes (BLUPs) of one group's random effects and their conditional SDs (given β̂ and the variance
/// parameters). R: <c>ranef(fit, condVar = TRUE)</c> and <c>attr(, "postVar")</c>.
/// </summary>
/// <typeparam name="TKey">The group key type.</typeparam>
/// <param name="Group">The group key.</param>
/// <param name="Count">Observations in the group.</param>
/// <param name="Intercept">Predicted random intercept b̂₀ᵢ (deviation from the fixed intercept).</param>
/// <param name="Slope">Predicted random slope b̂₁ᵢ; null for a random-intercept model.</param>
/// <param name="InterceptConditionalSd">Conditional SD of b₀ᵢ: √ of the diagonal of σ²Λ(ΛᵀZᵢᵀZᵢΛ + I)⁻¹Λᵀ.</param>
/// <param name="SlopeConditionalSd">Conditional SD of b₁ᵢ; null for a random-intercept model.</param>
public readonly record struct GroupRandomEffects<TKey>(
    TKey Group,
    int Count,
    double Intercept,
    double? Slope,
    double InterceptConditionalSd,
    double? SlopeConditionalSd);
