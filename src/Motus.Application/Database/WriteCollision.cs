using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Motus.Application.Database;

/// <summary>
/// Recognises a write that lost a race: two transactions appended the same audit sequence number (ADR 0002: writers
/// serialise on the chain head) or inserted the same unique key (a patient code checked by both before either saved).
/// Nothing of the losing write was saved (one transaction), and trying again gives either success or a proper
/// validation error, so callers report it as a conflict, not as a failure.
/// </summary>
public static class WriteCollision
{
    /// <summary>True when <paramref name="exception"/> is a primary-key or unique-key violation raised by saving.</summary>
    public static bool Is(Exception exception) => exception is DbUpdateException { InnerException: var inner } && IsUniqueViolation(inner)
        || IsUniqueViolation(exception);

    private static bool IsUniqueViolation(Exception? e) => e switch
    {
        // SQLITE_CONSTRAINT (19) with SQLITE_CONSTRAINT_PRIMARYKEY (1555) or SQLITE_CONSTRAINT_UNIQUE (2067).
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 1555 or 2067,
        // unique_violation.
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
