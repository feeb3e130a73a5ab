using Motus.Statistics.Common;

namespace Motus.Statistics.Design;

/// <summary>
/// Efficacy boundaries of a group-sequential design from a Lan–DeMets spending function, on the Z scale, with every
/// choice echoed. R: <c>rpact::getDesignGroupSequential(kMax, alpha, sided, typeOfDesign = "asOF" | "asP", informationRates)</c>.
/// </summary>
/// <param name="Alpha">Overall level (one-sided level for one-sided designs, total two-sided level for two-sided designs).</param>
/// <param name="Sidedness">One-sided (reject for Z_k ≥ c_k) or two-sided symmetric (reject for |Z_k| ≥ c_k).</param>
/// <param name="Spending">The spending function.</param>
/// <param name="TwoSidedConvention">How a two-sided design spends α (ignored for one-sided designs).</param>
/// <param name="InformationFractions">t₁ &lt; … &lt; t_K = 1, the information at each look over the maximum.</param>
/// <param name="CriticalValues">c_k on the Z scale (rpact <c>criticalValues</c>); +∞ at a look that spends no alpha.</param>
/// <param name="CumulativeAlphaSpent">α spent up to each look, both sides together (rpact <c>alphaSpent</c>).</param>
/// <param name="NominalLevels">One-sided nominal significance level 1 − Φ(c_k) at each look (rpact <c>stageLevels</c>).</param>
/// <param name="GridSize">r of the Jennison–Turnbull integration grid (about 12r points per look).</param>
/// <param name="Diagnostics">Warnings (for example a look at which no alpha is spent).</param>
public sealed record GroupSequentialDesign(
    double Alpha,
    Sidedness Sidedness,
    SpendingFunction Spending,
    TwoSidedSpendingConvention TwoSidedConvention,
    IReadOnlyList<double> InformationFractions,
    IReadOnlyList<double> CriticalValues,
    IReadOnlyList<double> CumulativeAlphaSpent,
    IReadOnlyList<double> NominalLevels,
    int GridSize,
    FitDiagnostics Diagnostics)
{
    /// <summary>Number of looks K (interim analyses plus the final one).</summary>
    public int Looks => CriticalValues.Count;
}
