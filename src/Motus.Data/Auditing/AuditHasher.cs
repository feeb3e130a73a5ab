using System.Globalization;
using System.Security.Cryptography;

namespace Motus.Data.Auditing;

/// <summary>
/// Computes an audit row's hash: SHA-256 over the previous hash and the row's fields, each length-prefixed so that
/// no two different rows share a canonical form.
/// </summary>
public static class AuditHasher
{
    /// <summary>The hash the row should have, given its <see cref="AuditEntry.PreviousHash"/>.</summary>
    public static string Compute(AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);

        // The canonical form is built as UTF-8 in a reused per-thread buffer (bulk imports hash hundreds of
        // thousands of rows): no intermediate strings, the same bytes as joining the length-prefixed fields.
        var canonical = new CanonicalWriter(t_buffer ??= new byte[1024]);
        canonical.Append(e.PreviousHash);
        canonical.Append(e.Sequence);
        canonical.Append(e.Timestamp.UtcTicks);
        canonical.Append(e.Actor);
        canonical.Append(e.Source.ToString());
        canonical.Append(e.Action.ToString());
        canonical.Append(e.EntityType);
        canonical.Append(e.EntityId);
        canonical.Append(e.PatientId?.ToString());
        canonical.Append(e.Field);
        canonical.Append(e.OldValue);
        canonical.Append(e.NewValue);
        canonical.Append(e.Reason);
        t_buffer = canonical.Buffer;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(canonical.Written, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Truncates an instant to whole microseconds (PostgreSQL's precision) in UTC.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    [ThreadStatic]
    private static byte[]? t_buffer;
}
