using Microsoft.EntityFrameworkCore;
using Motus.Data;

namespace Motus.Application.Database;

/// <summary>
/// The version of the database's contents: the sequence number of the last audit row (0 for an empty trail). Every
/// change to clinical data, studies, sites, accounts, roles, site memberships and tokens appends audit rows in the
/// same transaction (ADR 0002, 0005), and the hash chain makes appends serial, so the number only grows and a reader
/// that sees version N sees every change up to N. Caches of derived data (the patient directory, patient pages,
/// access scopes) compare it to decide whether they are still current; one indexed lookup of the primary key
/// (per request: <see cref="MotusDatabase.ReadVersionAsync"/>).
/// </summary>
public static class DataVersion
{
    /// <summary>The same query in SQL (both providers), for <see cref="MotusDatabase.ReadVersionAsync"/>.</summary>
    internal const string Sql = "SELECT MAX(\"Sequence\") FROM \"AuditEntries\"";

    /// <summary>The current version of the database behind <paramref name="db"/>.</summary>
    public static async Task<long> ReadAsync(MotusDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Not a compiled query: one process may hold contexts of both providers (the tests do), and a compiled query is bound to one.
        return await db.AuditEntries.MaxAsync(a => (long?)a.Sequence, ct) ?? 0;
    }
}
