using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Motus.Web.Hosting;
using Npgsql;

namespace Motus.Web.Tests;

/// <summary>A write that lost a race (same audit sequence or unique key) is a 409 "try again", not a 500.</summary>
public sealed class ErrorMapTests
{
    public static TheoryData<Exception, int> Cases() => new()
    {
        { new DbUpdateException("save", new SqliteException("UNIQUE constraint failed: AuditEntries.Sequence", 19, 1555)), 409 },
        { new DbUpdateException("save", new SqliteException("UNIQUE constraint failed: Patients.StudyId, Patients.Code", 19, 2067)), 409 },
        { new DbUpdateException("save", new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)), 409 },
        { new DbUpdateException("save", new SqliteException("FOREIGN KEY constraint failed", 19, 787)), 500 },
        { new DbUpdateException("save", new PostgresException("foreign key", "ERROR", "ERROR", PostgresErrorCodes.ForeignKeyViolation)), 500 },
        { new DbUpdateException("save", new SqliteException("database is locked", 5)), 500 },
        { new InvalidOperationException("other"), 500 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Map_SaveFailures_CollisionsAre409(Exception exception, int status)
    {
        Assert.Equal(status, ErrorMap.Map(exception).Status);
    }
}
