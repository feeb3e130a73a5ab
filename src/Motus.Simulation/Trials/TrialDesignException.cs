namespace Motus.Simulation.Trials;

/// <summary>A design that cannot be simulated although each value is valid (e.g. entry criteria that admit almost nobody).</summary>
public sealed class TrialDesignException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TrialDesignException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and what to change.</param>
    public TrialDesignException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TrialDesignException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
