namespace Motus.Web.Api;

/// <summary>One clinical record: its id, whether it was (soft-)deleted, and the details as entered.</summary>
/// <typeparam name="T">The details record.</typeparam>
public sealed record RecordDto<T>(Guid Id, bool Deleted, T Details);
