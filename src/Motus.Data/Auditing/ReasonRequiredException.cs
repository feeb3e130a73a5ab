namespace Motus.Data.Auditing;

/// <summary>Thrown when existing clinical data would be changed or deleted without a reason for the change.</summary>
public sealed class ReasonRequiredException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ReasonRequiredException()
        : base("A reason for change is required to modify or delete existing clinical data.") { }

    /// <summary>Creates the exception with a message.</summary>
    public ReasonRequiredException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ReasonRequiredException(string message, Exception innerException) : base(message, innerException) { }
}
