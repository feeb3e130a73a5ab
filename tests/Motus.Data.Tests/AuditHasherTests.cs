using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Motus.Data.Auditing;

namespace Motus.Data.Tests;

public sealed class AuditHasherTests
{
    // The canonical form as first specified (length-prefixed fields joined into one string, then UTF-8): hashes
    // already stored in databases must stay valid, so the optimised hasher must give exactly these.
    private static string Reference(AuditEntry e)
    {
        var sb = new StringBuilder();
        foreach (var value in new[]
        {
            e.PreviousHash, e.Sequence.ToString(CultureInfo.InvariantCulture), e.Timestamp.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.Actor, e.Source.ToString(), e.Action.ToString(), e.EntityType, e.EntityId, e.PatientId?.ToString(), e.Field,
            e.OldValue, e.NewValue, e.Reason,
        })
        {
            sb.Append(value is null ? "-1:" : $"{value.Length.ToString(CultureInfo.InvariantCulture)}:{value}");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public static TheoryData<AuditEntry> Entries() =>
    [
        new AuditEntry { Sequence = 1, Timestamp = new DateTimeOffset(2026, 11, 26, 4, 0, 0, TimeSpan.Zero), Actor = "ana", EntityType = "Patient", EntityId = "x" },
        new AuditEntry
        {
            Sequence = 123_456_789_012, Timestamp = DateTimeOffset.UnixEpoch, Actor = "José Müller", Source = AuditSource.Import,
            Action = AuditAction.Update, EntityType = "AlsfrsAssessment", EntityId = Guid.Empty.ToString(), PatientId = Guid.Parse("01890a5d-ac96-774b-bcce-b302099a8057"),
            Field = "Details.Q1Speech", OldValue = "3", NewValue = "4 — “corrected” 日本 \U0001F600", Reason = "source verification", PreviousHash = new string('a', 64),
        },
        new AuditEntry { Sequence = 9, Actor = "x", EntityType = "T", EntityId = "k", NewValue = new string('é', 5000) },
    ];

    [Theory]
    [MemberData(nameof(Entries))]
    public void Compute_AnyEntry_EqualsTheOriginalCanonicalFormHash(AuditEntry entry)
    {
        Assert.Equal(Reference(entry), AuditHasher.Compute(entry));
    }
}
