using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Motus.Data.Bulk;

/// <summary>
/// A provider-specific fast path for <see cref="MotusDbContext.InsertNewAsync"/>: writes rows of one table on the
/// context's open connection inside its current transaction, storing every value exactly as the provider's ADO.NET
/// driver would (the persistence suite compares the stored values of both paths). Register it with
/// <see cref="BulkAcceleratorExtension.UseBulkAccelerator"/>; without one, prepared ADO.NET commands are used.
/// </summary>
public interface IBulkInsertAccelerator
{
    /// <summary>A writer for <paramref name="table"/>'s <paramref name="columns"/>, in that order.</summary>
    /// <param name="connection">The context's open connection (a transaction is active on it).</param>
    /// <param name="table">Table name, undelimited.</param>
    /// <param name="columns">Columns with the EF Core type mapping of each.</param>
    IBulkTableWriter Create(DbConnection connection, string table, IReadOnlyList<BulkColumn> columns);
}

/// <summary>Writes rows into one table; see <see cref="IBulkInsertAccelerator"/>.</summary>
public interface IBulkTableWriter : IDisposable
{
    /// <summary>Inserts one row of provider values (value converters already applied; <see cref="DBNull"/> or null for NULL).</summary>
    /// <param name="values">One value per column, in column order.</param>
    void Write(ReadOnlySpan<object?> values);
}

/// <summary>A column written by a bulk writer.</summary>
/// <param name="Name">Column name, undelimited.</param>
/// <param name="Mapping">The EF Core type mapping (store type, DbType) the tracked path would use.</param>
public sealed record BulkColumn(string Name, RelationalTypeMapping Mapping);
