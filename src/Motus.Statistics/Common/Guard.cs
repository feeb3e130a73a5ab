namespace Motus.Statistics.Common;

/// <summary>Input checks shared by the methods; each throws <see cref="StatisticsInputException"/> naming the argument.</summary>
public static class Guard
{
    /// <summary>Throws unless every array has the length of the first.</summary>
    public static void SameLength(params (string Name, int Length)[] arrays)
    {
        for (var i = 1; i < arrays.Length; i++)
        {
            if (arrays[i].Length != arrays[0].Length)
            {
                throw new StatisticsInputException(
                    $"{arrays[i].Name} has {arrays[i].Length} values but {arrays[0].Name} has {arrays[0].Length}; they must be the same length.", arrays[i].Name);
            }
        }
    }

    /// <summary>Throws when any value is NaN or infinite.</summary>
    public static void Finite(ReadOnlySpan<double> values, string name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new StatisticsInputException($"{name}[{i}] = {values[i]}: every value must be a finite number.", name);
            }
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not strictly between 0 and 1.</summary>
    public static void Probability(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new StatisticsInputException($"{name} = {value}: must be strictly between 0 and 1.", name);
        }
    }
}
