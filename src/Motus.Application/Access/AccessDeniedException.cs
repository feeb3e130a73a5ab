namespace Motus.Application.Access;

/// <summary>The current user lacks the right for an action (HTTP 403). Not-visible patients are "not found" instead, so their existence does not leak.</summary>
public sealed class AccessDeniedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AccessDeniedException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public AccessDeniedException() : base("Access denied.") { }

    /// <summary>Creates the exception.</summary>
    public AccessDeniedException(string message, Exception innerException) : base(message, innerException) { }
}
