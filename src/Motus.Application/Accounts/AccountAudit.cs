using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Motus.Application.Database;
using Motus.Data.Accounts;
using Motus.Data.Auditing;

namespace Motus.Application.Accounts;

/// <summary>
/// Commits an account change and its audit rows together: the clinical context borrows the accounts context's
/// connection and transaction (both contexts are on the same database), so either both are saved or neither
/// (docs/adr/0005-accounts-context.md). Values never hold passwords, tokens or their hashes.
/// </summary>
internal static class AccountAudit
{
    /// <summary>Entity type of user rows in the audit trail.</summary>
    public const string User = "User";

    /// <summary>Entity type of access-token rows in the audit trail.</summary>
    public const string AccessToken = "AccessToken";

    /// <summary>Runs <paramref name="change"/> (which saves through <paramref name="accounts"/>) and writes the audit rows it returns, in one transaction.</summary>
    public static async Task<T> CommitAsync<T>(AccountsDbContext accounts, MotusDatabase database, ChangeContext by,
        Func<Task<(T Result, IReadOnlyList<ExternalChange> Changes)>> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(by.Actor, nameof(by.Actor));
        await using var audit = await database.OpenAsync(ct);
        await using var tx = await accounts.Database.BeginTransactionAsync(ct);
        audit.Database.SetDbConnection(accounts.Database.GetDbConnection(), contextOwnsConnection: false);
        await audit.Database.UseTransactionAsync(tx.GetDbTransaction(), ct);
        var (result, changes) = await change();
        audit.Changes = by;
        await audit.AppendAuditAsync(changes, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>JSON of the audited fields of a created entity (invariant text values, like clinical create rows).</summary>
    public static string Snapshot(IEnumerable<(string Name, object? Value)> fields)
    {
        var json = new JsonObject();
        foreach (var (name, value) in fields)
        {
            json[name] = AuditValueFormatter.Format(value);
        }

        return json.ToJsonString();
    }
}
