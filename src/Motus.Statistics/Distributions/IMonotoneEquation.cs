namespace Motus.Statistics.Distributions;

/// <summary>An increasing function of one variable with its derivative, for <see cref="MonotoneSolver"/>.</summary>
internal interface IMonotoneEquation
{
    /// <summary>Value and derivative at <paramref name="u"/>; value may be −∞ (far below the root) but never NaN inside the domain.</summary>
    void Evaluate(double u, out double value, out double derivative);
}
