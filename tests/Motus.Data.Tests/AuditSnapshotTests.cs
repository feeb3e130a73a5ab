using System.Buffers;
using System.Text;
using System.Text.Json;
using Motus.Data.Auditing;
using Motus.Domain.Assessments;
using Motus.Domain.Common;

namespace Motus.Data.Tests;

/// <summary>
/// Create snapshots format common values on the stack; the JSON must stay byte for byte what writing each value's
/// <see cref="AuditValueFormatter.Format"/> text gives, or stored hash chains would no longer verify.
/// </summary>
public sealed class AuditSnapshotTests
{
    public static TheoryData<object?> Values => new()
    {
        null, "", "plain", "quote \" and \\ and ünïcödé 日本 \U0001F600", "<script>&'",
        0, -1, int.MinValue, int.MaxValue, 0L, long.MinValue, long.MaxValue,
        0.0, -0.0, 0.1, 1.0 / 3, 1e-7, 1e21, 123456789.125, double.MaxValue, double.Epsilon, 3.4f, -0.0f,
        true, false,
        new DateOnly(1, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(9999, 12, 31),
        Guid.Empty, new Guid("0190a6d2-7c1e-7b3a-9f00-1234567890ab"),
        new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(2)),
        AlsfrsScale.AlsfrsR, new PatientId(new Guid("0190a6d2-7c1e-7b3a-9f00-1234567890ab")),
        new int?[] { 1, null, 3 },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Snapshot_OneValue_SameJsonAsItsFormattedText(object? value)
    {
        var snapshot = AuditRecorder.Snapshot([("Details.Field", value), ("Id", 7)]);

        Assert.Equal(Expected([("Details.Field", AuditValueFormatter.Format(value)), ("Id", "7")]), snapshot);
    }

    [Fact]
    public void Snapshot_NullField_LeftOut()
    {
        Assert.Equal("{\"Id\":\"7\"}", AuditRecorder.Snapshot([("Details.Trial2Litres", null), ("Id", 7), ("DeletedAt", null)]));
    }

    private static string Expected(IEnumerable<(string Name, string? Text)> fields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, text) in fields)
            {
                // A null field is left out of the snapshot (ADR 0002, amendment 2026-11-26).
                if (text is not null)
                {
                    json.WriteString(name, text);
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
