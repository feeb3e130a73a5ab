using System.Globalization;

namespace Motus.Simulation.Claims;

/// <summary>The claim's responder definition.</summary>
/// <param name="Criterion">Relative slowing or absolute improvement.</param>
/// <param name="Threshold">A fraction for relative slowing (0.25), points/month for absolute improvement (1.25); must be finite.</param>
public sealed record ResponderDefinition(ResponderCriterion Criterion, double Threshold)
{
    /// <summary>True when the patient's slopes can be judged (relative slowing needs a declining lead-in).</summary>
    /// <param name="preSlope">ŝ_pre, points/month.</param>
    public bool IsEvaluable(double preSlope) => Criterion == ResponderCriterion.AbsoluteImprovement || preSlope < 0;

    /// <summary>True when an evaluable patient responds.</summary>
    /// <param name="preSlope">ŝ_pre, points/month.</param>
    /// <param name="postSlope">ŝ_post, points/month.</param>
    public bool Responds(double preSlope, double postSlope) => Criterion == ResponderCriterion.AbsoluteImprovement
        ? postSlope - preSlope >= Threshold
        : (postSlope - preSlope) / -preSlope >= Threshold;

    /// <summary>The definition in words.</summary>
    public override string ToString() => Criterion == ResponderCriterion.AbsoluteImprovement
        ? string.Create(CultureInfo.InvariantCulture, $"slope improvement ŝ_post − ŝ_pre ≥ {Threshold:0.###} points/month, among all entered patients")
        : string.Create(CultureInfo.InvariantCulture, $"relative slowing (ŝ_post − ŝ_pre)/|ŝ_pre| ≥ {Threshold:0.###%}, among entered patients with ŝ_pre < 0");
}
