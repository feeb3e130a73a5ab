using Motus.Statistics.Common;

namespace Motus.Statistics.Design;

/// <summary>
/// Sample size, power or detectable slope difference for a two-arm comparison of mean slopes, with every input echoed.
/// R: <c>longpower::edland.linear.power</c> / <c>longpower::diggle.linear.power</c>.
/// </summary>
/// <param name="SampleSizeGroup1">n₁ (not rounded when solved for).</param>
/// <param name="SampleSizeGroup2">n₂ = n₁/λ.</param>
/// <param name="SampleSizeGroup1Ceiling">n₁ rounded up.</param>
/// <param name="SampleSizeGroup2Ceiling">n₂ rounded up.</param>
/// <param name="Delta">Difference in mean slopes (outcome units per time unit of <paramref name="Times"/>).</param>
/// <param name="Alpha">Significance level.</param>
/// <param name="Power">Power.</param>
/// <param name="Sidedness">One-sided (z_{1−α}) or two-sided (z_{1−α/2}; the opposite tail is ignored, as in longpower).</param>
/// <param name="AllocationRatio">λ = n₁/n₂.</param>
/// <param name="Times">Visit times, starting with the first (baseline) visit.</param>
/// <param name="LastVisitProportionsGroup1">Proportion of group 1 whose last visit is each visit (sums to 1).</param>
/// <param name="LastVisitProportionsGroup2">The same for group 2.</param>
/// <param name="SlopeVarianceGroup1">Per-subject variance of the estimated slope in group 1: [(Σₖ pₖ XₖᵀVₖ⁻¹Xₖ)⁻¹]₂₂ (Edland) or ξ (Diggle).</param>
/// <param name="SlopeVarianceGroup2">The same for group 2.</param>
/// <param name="SolvedFor">Which quantity was computed.</param>
/// <param name="Method">Edland or Diggle.</param>
/// <param name="Diagnostics">Warnings about the inputs (for example subjects with one visit, or dropout with zero intercept variance).</param>
public sealed record LinearSlopeDesign(
    double SampleSizeGroup1,
    double SampleSizeGroup2,
    int SampleSizeGroup1Ceiling,
    int SampleSizeGroup2Ceiling,
    double Delta,
    double Alpha,
    double Power,
    Sidedness Sidedness,
    double AllocationRatio,
    IReadOnlyList<double> Times,
    IReadOnlyList<double> LastVisitProportionsGroup1,
    IReadOnlyList<double> LastVisitProportionsGroup2,
    double SlopeVarianceGroup1,
    double SlopeVarianceGroup2,
    DesignQuantity SolvedFor,
    SlopePowerMethod Method,
    FitDiagnostics Diagnostics)
{
    /// <summary>n₁ + n₂.</summary>
    public double Total => SampleSizeGroup1 + SampleSizeGroup2;
}
