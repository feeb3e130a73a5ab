using Microsoft.EntityFrameworkCore;

namespace Motus.Data.Auditing;

/// <summary>Verifies the audit trail's hash chain.</summary>
public static class AuditChain
{
    /// <summary>
    /// Reads every audit row in sequence order and reports each break: a row whose content no longer matches its hash
    /// (edited), a row whose previous-hash does not match the row before it (inserted or removed rows), and gaps in
    /// the sequence (removed rows).
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(MotusDbContext db, CancellationToken ct = default)
    {
        var problems = new List<AuditProblem>();
        long expected = 1;
        var previousHash = "";
        long count = 0;
        await foreach (var row in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (row.Sequence != expected)
            {
                problems.Add(new AuditProblem(row.Sequence, AuditProblemKind.Gap,
                    $"expected sequence {expected} but found {row.Sequence}: {row.Sequence - expected} row(s) missing"));
            }

            if (row.PreviousHash != previousHash)
            {
                problems.Add(new AuditProblem(row.Sequence, AuditProblemKind.BrokenLink,
                    "previous-hash does not match the row before it: a row was inserted, removed or edited"));
            }

            if (AuditHasher.Compute(row) != row.Hash)
            {
                problems.Add(new AuditProblem(row.Sequence, AuditProblemKind.Edited,
                    "content does not match its hash: the row was edited"));
            }

            previousHash = row.Hash;
            expected = row.Sequence + 1;
        }

        return new AuditVerification(count, problems);
    }
}

/// <summary>The outcome of <see cref="AuditChain.VerifyAsync"/>.</summary>
/// <param name="RowsChecked">Number of audit rows read.</param>
/// <param name="Problems">Every break found, in sequence order.</param>
public sealed record AuditVerification(long RowsChecked, IReadOnlyList<AuditProblem> Problems)
{
    /// <summary>True when the chain is intact.</summary>
    public bool IsIntact => Problems.Count == 0;
}

/// <summary>One break in the chain.</summary>
/// <param name="Sequence">The row at which it was found.</param>
/// <param name="Kind">Kind of break.</param>
/// <param name="Message">Explanation.</param>
public sealed record AuditProblem(long Sequence, AuditProblemKind Kind, string Message);

/// <summary>Kinds of chain break.</summary>
public enum AuditProblemKind
{
    /// <summary>A row's content does not match its hash.</summary>
    Edited = 1,
    /// <summary>A row's previous-hash does not match its predecessor.</summary>
    BrokenLink = 2,
    /// <summary>Sequence numbers skip.</summary>
    Gap = 3,
}
