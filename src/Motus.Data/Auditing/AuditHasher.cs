using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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
        var sb = new StringBuilder(256);
        Append(sb, e.PreviousHash);
        Append(sb, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(sb, e.Timestamp.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(sb, e.Actor);
        Append(sb, e.Source.ToString());
        Append(sb, e.Action.ToString());
        Append(sb, e.EntityType);
        Append(sb, e.EntityId);
        Append(sb, e.PatientId?.ToString());
        Append(sb, e.Field);
        Append(sb, e.OldValue);
        Append(sb, e.NewValue);
        Append(sb, e.Reason);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Truncates an instant to whole microseconds (PostgreSQL's precision) in UTC.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    private static void Append(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            sb.Append("-1:");
            return;
        }

        sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
