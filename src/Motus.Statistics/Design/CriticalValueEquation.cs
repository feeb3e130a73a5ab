using Motus.Statistics.Distributions;

namespace Motus.Statistics.Design;

/// <summary>ln(target) − ln P(cross at the next look | boundary c): increasing in c, for the monotone solver.</summary>
internal readonly struct CriticalValueEquation(GroupSequentialRecursion recursion, double target, bool twoSided) : IMonotoneEquation
{
    /// <inheritdoc />
    public void Evaluate(double u, out double value, out double derivative)
    {
        var (up, low) = recursion.Crossing(u, twoSided ? -u : double.NegativeInfinity);
        var p = up + low;
        value = Math.Log(target) - Math.Log(p);
        derivative = -recursion.CrossingDerivative(u, twoSided) / p;
    }
}
