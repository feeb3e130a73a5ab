namespace Motus.Application.Records;

/// <summary>A current record as an edit form starts from.</summary>
/// <typeparam name="TDetails">Its content.</typeparam>
/// <param name="Id">The record's id.</param>
/// <param name="Details">Its content now.</param>
/// <param name="Version">Its version now (see <see cref="RecordVersion"/>); send it back with the edit.</param>
public sealed record RecordForEdit<TDetails>(Guid Id, TDetails Details, long Version);
