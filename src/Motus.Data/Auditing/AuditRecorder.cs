using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Motus.Domain.Common;
using Motus.Domain.Patients;

namespace Motus.Data.Auditing;

/// <summary>
/// Turns the change tracker's pending changes into audit rows: one row with every field (JSON) per created entity,
/// one row per changed field per updated entity, one row per soft-deleted entity. Hard deletes are refused.
/// </summary>
internal static class AuditRecorder
{
    private const string DeletedAtProperty = "DeletedAt";

    public static List<AuditEntry> Collect(IEnumerable<EntityEntry> entries, ChangeContext context, DateTimeOffset now)
    {
        var rows = new List<AuditEntry>();
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("Audit rows are append-only: they cannot be changed or deleted.");
                }

                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    rows.Add(Row(entry.Entity, entry.Metadata.ClrType.Name, KeyOf(entry), context, now, AuditAction.Create, null, null,
                        Snapshot(Properties(entry).Select(p => (p.Name, p.Property.CurrentValue)))));
                    break;
                case EntityState.Modified:
                    RequireReason(context, entry);
                    AddModified(entry, context, now, rows);
                    break;
                case EntityState.Deleted:
                    throw new InvalidOperationException(
                        $"{entry.Metadata.ClrType.Name} {KeyOf(entry)} cannot be hard-deleted: clinical data is only soft-deleted, with a reason.");
            }
        }

        return rows;
    }

    private static void AddModified(EntityEntry entry, ChangeContext context, DateTimeOffset now, List<AuditEntry> rows)
    {
        foreach (var (name, property) in Properties(entry))
        {
            if (!property.IsModified)
            {
                continue;
            }

            var oldValue = AuditValueFormatter.Format(property.OriginalValue);
            var newValue = AuditValueFormatter.Format(property.CurrentValue);
            if (oldValue == newValue)
            {
                continue;
            }

            var action = name == DeletedAtProperty && property.OriginalValue is null ? AuditAction.Delete : AuditAction.Update;
            rows.Add(Row(entry.Entity, entry.Metadata.ClrType.Name, KeyOf(entry), context, now, action, name, oldValue, newValue));
        }
    }

    private static void RequireReason(ChangeContext context, EntityEntry entry)
    {
        if (string.IsNullOrWhiteSpace(context.Reason))
        {
            throw new ReasonRequiredException(
                $"A reason for change is required to modify {entry.Metadata.ClrType.Name} {KeyOf(entry)}.");
        }
    }

    /// <summary>
    /// The create row for an entity inserted without the change tracker (<see cref="Bulk.BulkInserter"/>): the same
    /// row, snapshot included, that <see cref="Collect"/> makes for an added entry. Thread-safe.
    /// </summary>
    public static AuditEntry Created(Bulk.EntityShape shape, object entity, object?[] values, ChangeContext context, DateTimeOffset now) =>
        Row(entity, shape.Type.ClrType.Name, shape.KeyText(values), context, now, AuditAction.Create, null, null,
            Snapshot(shape, values));

    /// <summary>The row for a change to data outside the clinical model (<see cref="MotusDbContext.AppendAuditAsync"/>): no patient.</summary>
    public static AuditEntry External(ExternalChange change, ChangeContext context, DateTimeOffset now) =>
        Row(change, change.EntityType, change.EntityId, context, now, change.Action, change.Field, change.OldValue, change.NewValue);

    private static AuditEntry Row(object entity, string entityType, string entityId, ChangeContext context, DateTimeOffset now, AuditAction action, string? field, string? oldValue, string? newValue) => new()
    {
        Timestamp = now,
        Actor = context.Actor,
        Source = context.Source,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        PatientId = entity switch
        {
            Patient p => p.Id.Value,
            IClinicalRecord r => r.PatientId.Value,
            _ => null,
        },
        Field = field,
        OldValue = oldValue,
        NewValue = newValue,
        Reason = string.IsNullOrWhiteSpace(context.Reason) ? null : context.Reason,
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? "?"
            : string.Join("|", key.Properties.Select(p => AuditValueFormatter.Format(entry.Property(p.Name).CurrentValue)));
    }

    /// <summary>
    /// The create snapshot: a JSON object of every field's audit text (<see cref="AuditValueFormatter.Format"/>); a field
    /// that is null is left out (ADR 0002, amendment 2026-11-26: rows written before it list nulls as <c>null</c>; both
    /// read the same, and each row's hash covers the text it holds).
    /// </summary>
    internal static string Snapshot(IEnumerable<(string Name, object? Value)> values)
    {
        var json = StartSnapshot();
        foreach (var (name, value) in values)
        {
            WriteField(json, JsonEncodedText.Encode(name), value);
        }

        return EndSnapshot(json);
    }

    /// <summary>The same snapshot for the bulk path, with the field names encoded once per entity type.</summary>
    private static string Snapshot(Bulk.EntityShape shape, object?[] values)
    {
        var json = StartSnapshot();
        for (var i = 0; i < values.Length; i++)
        {
            WriteField(json, shape.Columns[i].JsonName, values[i]);
        }

        return EndSnapshot(json);
    }

    private static Utf8JsonWriter StartSnapshot()
    {
        // One buffer and one writer per thread, reset for each snapshot: a bulk import writes one per record.
        var buffer = t_snapshotBuffer ??= new ArrayBufferWriter<byte>(2048);
        buffer.ResetWrittenCount();
        var json = t_snapshotWriter ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        json.WriteStartObject();
        return json;
    }

    private static string EndSnapshot(Utf8JsonWriter json)
    {
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(t_snapshotBuffer!.WrittenSpan);
    }

    /// <summary>One field; common value types are formatted on the stack (no string per value), with the same text.</summary>
    private static void WriteField(Utf8JsonWriter json, JsonEncodedText name, object? value)
    {
        Span<char> text = stackalloc char[64];
        if (value is string s)
        {
            json.WriteString(name, s);
        }
        else if (AuditValueFormatter.TryFormat(value, text, out var length))
        {
            json.WriteString(name, text[..length]);
        }
        else if (AuditValueFormatter.Format(value) is { } formatted)
        {
            json.WriteString(name, formatted);
        }

        // A null field is left out: absent means null (most optional fields of a record are empty).
    }

    /// <summary>Scalar properties, then the properties of complex properties (named <c>Details.Field</c>), recursively.</summary>
    private static IEnumerable<(string Name, PropertyEntry Property)> Properties(EntityEntry entry)
    {
        foreach (var p in entry.Properties)
        {
            yield return (p.Metadata.Name, p);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var item in ComplexProperties(complex, complex.Metadata.Name))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<(string Name, PropertyEntry Property)> ComplexProperties(ComplexPropertyEntry complex, string prefix)
    {
        foreach (var p in complex.Properties)
        {
            yield return ($"{prefix}.{p.Metadata.Name}", p);
        }

        foreach (var nested in complex.ComplexProperties)
        {
            foreach (var item in ComplexProperties(nested, $"{prefix}.{nested.Metadata.Name}"))
            {
                yield return item;
            }
        }
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_snapshotBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_snapshotWriter;
}
