using System.Globalization;
using System.Text;

namespace Motus.Statistics.Tests.Distributions;

/// <summary>
/// Compares many values with R at a relative tolerance and reports every miss at once (first 25) together with the
/// largest relative error seen, so a failing grid says where and by how much.
/// </summary>
internal sealed class GridCheck(string what, double tolerance)
{
    // R's results below this are (sub)normal-range noise; compare them absolutely.
    private const double Underflow = 1e-290;

    private readonly StringBuilder _misses = new();
    private int _missCount;

    /// <summary>Largest relative error seen.</summary>
    public double MaxRelativeError { get; private set; }

    /// <summary>Number of values compared.</summary>
    public int Count { get; private set; }

    /// <summary>Records one comparison.</summary>
    public void Add(double expected, double actual, string label)
    {
        Count++;
        double error;
        if (double.IsInfinity(expected) || double.IsNaN(expected))
        {
            error = expected.Equals(actual) ? 0 : double.PositiveInfinity;
        }
        else if (Math.Abs(expected) < Underflow)
        {
            error = Math.Abs(actual - expected) < Underflow ? 0 : double.PositiveInfinity;
        }
        else
        {
            error = Math.Abs(actual - expected) / Math.Abs(expected);
        }

        if (!(error <= MaxRelativeError))
        {
            MaxRelativeError = error;
        }

        if (!(error <= tolerance))
        {
            _missCount++;
            if (_missCount <= 25)
            {
                _misses.AppendLine(CultureInfo.InvariantCulture, $"  {label}: R {expected:R}, got {actual:R} (rel. error {error:G3})");
            }
        }
    }

    /// <summary>Fails with the list of misses, if any.</summary>
    public void Assert()
    {
        Xunit.Assert.True(Count > 0, $"{what}: nothing compared");
        Xunit.Assert.True(_missCount == 0, $"{what}: {_missCount} of {Count} values outside {tolerance:G2} relative (max {MaxRelativeError:G3}):\n{_misses}");
    }
}
