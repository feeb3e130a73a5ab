namespace Motus.Statistics.Common;

/// <summary>
/// Input that a method cannot use (mismatched array lengths, no events, a singular design…), with a message that names
/// the argument and the problem. Thrown instead of returning NaN.
/// </summary>
public sealed class StatisticsInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public StatisticsInputException() { }

    /// <summary>Creates the exception with a message.</summary>
    public StatisticsInputException(string message) : base(message) { }

    /// <summary>Creates the exception with a message naming <paramref name="paramName"/>.</summary>
    public StatisticsInputException(string message, string paramName) : base(message, paramName) { }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public StatisticsInputException(string message, Exception innerException) : base(message, innerException) { }
}
