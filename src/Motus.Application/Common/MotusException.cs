namespace Motus.Application;

/// <summary>How a failure should be reported: a usage problem (exit 1) or a data problem (exit 2).</summary>
public enum ExitCategory
{
    /// <summary>Wrong command, options or environment (exit code 1).</summary>
    Usage = 1,
    /// <summary>Bad or conflicting data (exit code 2).</summary>
    Data = 2,
}

/// <summary>An expected failure with a message meant for the user.</summary>
public sealed class MotusException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MotusException(ExitCategory category, string message) : base(message) => Category = category;

    /// <summary>Creates a usage exception.</summary>
    public MotusException() : this(ExitCategory.Usage, "Motus failed.") { }

    /// <summary>Creates a usage exception.</summary>
    public MotusException(string message) : this(ExitCategory.Usage, message) { }

    /// <summary>Creates a usage exception with an inner exception.</summary>
    public MotusException(string message, Exception innerException) : base(message, innerException) => Category = ExitCategory.Usage;

    /// <summary>Usage or data.</summary>
    public ExitCategory Category { get; }
}
