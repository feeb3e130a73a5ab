namespace Motus.Statistics.Design;

/// <summary>
/// The visit schedule, variance components, dropout pattern and allocation of a two-arm slope comparison
/// (the arguments of <c>longpower::edland.linear.power</c> other than n, delta, power and sig.level).
/// </summary>
/// <param name="Times">Visit times in increasing order, first visit included (longpower <c>t</c>); at least two.</param>
/// <param name="Group1">Variance components in group 1.</param>
/// <param name="Group2">Variance components in group 2; null means the same as group 1 (longpower's default).</param>
/// <param name="LastVisitProportionsGroup1">
/// pₖ = proportion of group 1 whose last visit is visit k, summing to 1 (longpower <c>p</c>); null means complete data
/// (everyone attends every visit). <see cref="SlopeDifferencePower.LastVisitProportionsFromRetention"/> converts a retention curve.
/// </param>
/// <param name="LastVisitProportionsGroup2">The same for group 2 (longpower <c>p_2</c>); null means the same as group 1.</param>
/// <param name="AllocationRatio">λ = n₁/n₂ (longpower <c>lambda</c>), default 1.</param>
public sealed record LinearSlopeDesignInputs(
    IReadOnlyList<double> Times,
    SlopeVarianceComponents Group1,
    SlopeVarianceComponents? Group2 = null,
    IReadOnlyList<double>? LastVisitProportionsGroup1 = null,
    IReadOnlyList<double>? LastVisitProportionsGroup2 = null,
    double AllocationRatio = 1);
