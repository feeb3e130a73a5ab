using Microsoft.EntityFrameworkCore;
using Motus.Data;
using Motus.Data.Auditing;

namespace Motus.Application.Records;

/// <summary>
/// Optimistic concurrency without a version column: a record's version is the sequence number of the newest audit row
/// about it. Every change to a record writes audit rows in the same transaction, so the number moves on whenever the
/// record changes. An edit that names the version it read is refused when the record has moved on since.
/// The check and the save are two statements: two edits of the same record landing within milliseconds of each other can
/// both pass the check (the audit trail keeps both changes). A version column checked by the UPDATE itself would close
/// that gap and needs a migration.
/// </summary>
public static class RecordVersion
{
    /// <summary>The version of the record <paramref name="entityType"/> <paramref name="id"/>, 0 when it has no audit row.</summary>
    public static async Task<long> OfAsync(MotusDbContext db, string entityType, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = AuditValueFormatter.Format(id)!;
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == key)
            .MaxAsync(a => (long?)a.Sequence, ct) ?? 0;
    }
}
