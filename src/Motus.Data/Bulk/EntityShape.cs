using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Motus.Data.Bulk;

/// <summary>
/// How one entity type is stored: its table and every stored scalar property (complex properties flattened, in model
/// order — the order the audit snapshot uses), each with its column, its audit name (<c>Details.Q1Speech</c>), its
/// getter and its conversion to the provider value. Built once per type from the EF Core model.
/// </summary>
internal sealed class EntityShape
{
    private readonly int[] _key;

    private EntityShape(IEntityType type, string table, Column[] columns, int[] key)
    {
        Type = type;
        Table = table;
        Columns = columns;
        _key = key;
    }

    public IEntityType Type { get; }
    public string Table { get; }
    public IReadOnlyList<Column> Columns { get; }

    public static EntityShape Create(IEntityType type)
    {
        if (type.GetNavigations().Any() || type.GetSkipNavigations().Any())
        {
            throw new NotSupportedException($"{type.ClrType.Name} has navigations; insert it through SaveChanges.");
        }

        var table = type.GetTableName() ?? throw new InvalidOperationException($"{type.ClrType.Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var columns = Flatten(type, "")
            .Select(p => new Column(
                p.Property,
                p.AuditName,
                p.Property.GetColumnName(store) ?? throw new InvalidOperationException($"{type.ClrType.Name}.{p.AuditName} has no column in {table}."),
                p.Property.GetGetter(),
                p.Property.GetRelationalTypeMapping()))
            .ToArray();
        var key = type.FindPrimaryKey()?.Properties.Select(k => Array.FindIndex(columns, c => c.Property == k)).ToArray() ?? [];
        return new EntityShape(type, table, columns, key);
    }

    /// <summary>The CLR value of every column, in column order.</summary>
    public object?[] Read(object entity)
    {
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Columns[i].Getter.GetClrValueUsingContainingEntity(entity);
        }

        return values;
    }

    /// <summary>Replaces each CLR value of <paramref name="values"/> (from <see cref="Read"/>) by its provider value.</summary>
    public void ConvertToProvider(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Columns[i].ToProvider(values[i]);
        }
    }

    /// <summary>The key as the audit trail writes it (parts joined by <c>|</c>).</summary>
    public string KeyText(object?[] values) => _key.Length switch
    {
        0 => "?",
        1 => Auditing.AuditValueFormatter.Format(values[_key[0]]) ?? "",
        _ => string.Join("|", _key.Select(i => Auditing.AuditValueFormatter.Format(values[i]))),
    };

    private static IEnumerable<(IProperty Property, string AuditName)> Flatten(ITypeBase type, string prefix)
    {
        foreach (var p in type.GetProperties())
        {
            yield return (p, prefix + p.Name);
        }

        foreach (var complex in type.GetComplexProperties())
        {
            foreach (var item in Flatten(complex.ComplexType, $"{prefix}{complex.Name}."))
            {
                yield return item;
            }
        }
    }

    /// <summary>One stored column.</summary>
    internal sealed record Column(IProperty Property, string AuditName, string Name, IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
    {
        /// <summary><see cref="AuditName"/> encoded once as a JSON property name, for the audit snapshot.</summary>
        public System.Text.Json.JsonEncodedText JsonName { get; } = System.Text.Json.JsonEncodedText.Encode(AuditName);

        /// <summary>The value the provider stores for a CLR value (value converters applied); DBNull for null.</summary>
        public object ToProvider(object? value) =>
            value is null ? DBNull.Value : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value : value;
    }
}
