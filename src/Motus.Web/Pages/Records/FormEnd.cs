namespace Motus.Web.Pages.Records;

/// <summary>What the end of a record form needs.</summary>
/// <param name="Editing">True when editing (asks for a reason).</param>
/// <param name="Reason">The reason typed so far.</param>
/// <param name="PatientUrl">Where Cancel goes.</param>
public sealed record FormEnd(bool Editing, string? Reason, string PatientUrl);
