using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>Forced or slow vital capacity.</summary>
public enum VitalCapacityKind
{
    /// <summary>Forced vital capacity.</summary>
    Forced = 1,
    /// <summary>Slow vital capacity.</summary>
    Slow = 2,
}

/// <summary>
/// A vital-capacity test with up to three trials, in litres and percent of predicted. The value to analyse is the
/// best trial (<see cref="BestPercentPredicted"/>), as usual in ALS trials.
/// </summary>
public sealed record VitalCapacityDetails : IRecordDetails
{
    /// <summary>Date of the test.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>FVC or SVC.</summary>
    public VitalCapacityKind Kind { get; init; } = VitalCapacityKind.Forced;
    /// <summary>Trial 1 volume (L).</summary>
    public double? Trial1Litres { get; init; }
    /// <summary>Trial 2 volume (L).</summary>
    public double? Trial2Litres { get; init; }
    /// <summary>Trial 3 volume (L).</summary>
    public double? Trial3Litres { get; init; }
    /// <summary>Trial 1, percent of predicted.</summary>
    public double? Trial1Percent { get; init; }
    /// <summary>Trial 2, percent of predicted.</summary>
    public double? Trial2Percent { get; init; }
    /// <summary>Trial 3, percent of predicted.</summary>
    public double? Trial3Percent { get; init; }
    /// <summary>Predicted normal volume (L), when reported.</summary>
    public double? PredictedLitres { get; init; }

    /// <summary>Best (largest) trial in litres; null when none.</summary>
    public double? BestLitres => Max(Trial1Litres, Trial2Litres, Trial3Litres);

    /// <summary>Best (largest) trial in percent predicted; null when none.</summary>
    public double? BestPercentPredicted => Max(Trial1Percent, Trial2Percent, Trial3Percent);

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.Defined(Kind, nameof(Kind));
        v.NotInFuture(Date, today, nameof(Date));
        v.NotAncient(Date, nameof(Date));
        foreach (var (x, f) in new[] { (Trial1Litres, nameof(Trial1Litres)), (Trial2Litres, nameof(Trial2Litres)), (Trial3Litres, nameof(Trial3Litres)), (PredictedLitres, nameof(PredictedLitres)) })
        {
            v.When(x is { } l && !(l > 0 && l <= 10), DomainRules.VcLitresRange, f, x);
        }

        foreach (var (x, f) in new[] { (Trial1Percent, nameof(Trial1Percent)), (Trial2Percent, nameof(Trial2Percent)), (Trial3Percent, nameof(Trial3Percent)) })
        {
            v.When(x is { } p && !(p > 0 && p <= 200), DomainRules.VcPercentRange, f, x);
        }

        v.When(BestLitres is null && BestPercentPredicted is null, DomainRules.VcNotEmpty, nameof(Trial1Litres), null);
        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (Date, nameof(Date));
    }

    private static double? Max(double? a, double? b, double? c)
    {
        double? best = null;
        foreach (var x in new[] { a, b, c })
        {
            if (x is { } value && (best is null || value > best))
            {
                best = value;
            }
        }

        return best;
    }
}
