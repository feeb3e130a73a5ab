using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Motus.Data.Bulk;

/// <summary>
/// Inserts new entities with prepared multi-row INSERT commands on the context's connection and transaction,
/// bypassing the change tracker (which costs far more than the database itself on large imports). Columns, value
/// converters and provider type mappings all come from the EF Core model (<see cref="EntityShape"/>), so a row
/// written here is stored exactly as <c>SaveChanges</c> would store it.
/// </summary>
internal sealed class BulkInserter(DbContext context) : IDisposable
{
    /// <summary>Parameters per statement: below PostgreSQL's 65,535 bind variables.</summary>
    private const int MaxParameters = 30_000;

    /// <summary>
    /// Rows per INSERT on the ADO.NET path (PostgreSQL binds positionally and gains from fewer round trips). SQLite
    /// never takes this path: its provider registers <see cref="IBulkInsertAccelerator"/>.
    /// </summary>
    private const int MaxRowsPerStatement = 200;

    private readonly ConcurrentDictionary<Type, EntityShape> _shapes = new();
    private readonly Dictionary<(Type, int), DbCommand> _commands = [];
    private readonly Dictionary<Type, IBulkTableWriter> _writers = [];
    private readonly IBulkInsertAccelerator? _accelerator =
        context.GetService<IDbContextOptions>().FindExtension<BulkAcceleratorExtension>()?.Accelerator;

    /// <summary>The shape of <paramref name="entity"/>'s type, refusing types this path cannot write. Thread-safe.</summary>
    public EntityShape ShapeOf(object entity) =>
        _shapes.GetOrAdd(entity.GetType(), static (type, model) =>
            EntityShape.Create(model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not part of the Motus model.")),
            context.Model);

    /// <summary>
    /// Inserts rows (an entity and its provider values: <see cref="EntityShape.Read"/> then
    /// <see cref="EntityShape.ConvertToProvider"/>) type by type: in the order
    /// of <paramref name="typeOrder"/> when given, else of first appearance, so parents (patients) are stored before
    /// their children.
    /// </summary>
    public async Task InsertAsync(IEnumerable<(object Entity, object?[] Values)> rows, CancellationToken ct, List<Type>? typeOrder = null)
    {
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts need an open transaction, so rows and their audit trail commit together.");
        var groups = rows.GroupBy(r => r.Entity.GetType());
        if (typeOrder is not null)
        {
            groups = groups.OrderBy(g => typeOrder.IndexOf(g.Key));
        }

        foreach (var group in groups)
        {
            var shape = ShapeOf(group.First().Entity);
            if (_accelerator is not null)
            {
                Write(shape, group);
                continue;
            }

            var perStatement = Math.Clamp(MaxParameters / shape.Columns.Count, 1, MaxRowsPerStatement);
            foreach (var chunk in group.Chunk(perStatement))
            {
                var command = Command(shape, chunk.Length);
                command.Transaction = transaction;
                var p = 0;
                foreach (var (_, values) in chunk)
                {
                    for (var c = 0; c < values.Length; c++)
                    {
                        command.Parameters[p++].Value = values[c];
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
    }

    /// <summary>Disposes the prepared commands and writers.</summary>
    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }

        _commands.Clear();
        _writers.Clear();
    }

    /// <summary>The provider's fast path.</summary>
    private void Write(EntityShape shape, IEnumerable<(object Entity, object?[] Values)> rows)
    {
        if (!_writers.TryGetValue(shape.Type.ClrType, out var writer))
        {
            writer = _accelerator!.Create(context.Database.GetDbConnection(), shape.Table,
                shape.Columns.Select(c => new BulkColumn(c.Name, c.Mapping)).ToArray());
            _writers.Add(shape.Type.ClrType, writer);
        }

        foreach (var (_, values) in rows)
        {
            writer.Write(values);
        }
    }

    private DbCommand Command(EntityShape shape, int rows)
    {
        if (_commands.TryGetValue((shape.Type.ClrType, rows), out var command))
        {
            return command;
        }

        var sql = context.GetService<ISqlGenerationHelper>();
        command = context.Database.GetDbConnection().CreateCommand();
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(shape.Table, shape.Type.GetSchema())).Append(" (")
            .AppendJoin(", ", shape.Columns.Select(c => sql.DelimitIdentifier(c.Name))).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < shape.Columns.Count; c++)
            {
                var name = "p" + (r * shape.Columns.Count + c).ToString(CultureInfo.InvariantCulture);
                command.Parameters.Add(shape.Columns[c].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, shape.Columns[c].Property.IsNullable));
                text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        _commands.Add((shape.Type.ClrType, rows), command);
        return command;
    }
}
