namespace Motus.Web.Api;

/// <summary>
/// The body of a POST or PUT of a clinical record: the record's fields, the reason for change (required for PUT; kept
/// with the audit rows when given on POST) and, optionally, the version the caller read (a PUT is refused with 409 when
/// the record has changed since).
/// </summary>
/// <typeparam name="TInput">The record's fields.</typeparam>
/// <param name="Details">The record's fields.</param>
/// <param name="Reason">Why the record is changed; at most 500 characters.</param>
/// <param name="ExpectedVersion">The version returned when the record was read or last written.</param>
public sealed record RecordWrite<TInput>(TInput Details, string? Reason = null, long? ExpectedVersion = null) : IRecordWrite
{
    bool IRecordWrite.HasDetails => Details is not null;
}

/// <summary>Any <see cref="RecordWrite{TInput}"/>, so that one endpoint filter can refuse a body without <c>details</c> (422, not a 500).</summary>
internal interface IRecordWrite
{
    /// <summary>False when the body has no <c>details</c> or <c>details: null</c>.</summary>
    bool HasDetails { get; }
}

/// <summary>A record after a write: its id and its new version (send it back as <c>expectedVersion</c> with the next change).</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Version">Its version now.</param>
public sealed record RecordWritten(Guid Id, long Version);
