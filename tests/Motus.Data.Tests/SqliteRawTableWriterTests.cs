using Motus.Data.Sqlite;

namespace Motus.Data.Tests;

/// <summary>
/// The SQLite bulk writer keeps a parameter bound when the next row's value stores identically; anything that would
/// store differently must be bound again.
/// </summary>
public sealed class SqliteRawTableWriterTests
{
    public static TheoryData<object?, object?> SameStoredForm => new()
    {
        { null, DBNull.Value },
        { DBNull.Value, null },
        { "Clinic", new string("Clinic".AsSpan()) },
        { 4, 4 },
        { 3.25, 3.25 },
        { new Guid("0190a6d2-7c1e-7b3a-9f00-1234567890ab"), new Guid("0190a6d2-7c1e-7b3a-9f00-1234567890ab") },
        { new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 2) },
        { new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero) },
        { true, true },
    };

    public static TheoryData<object?, object?> DifferentStoredForm => new()
    {
        { null, 0 },
        { 0, null },
        { "", null },
        { "a", "A" },
        { 0.0, -0.0 },
        { 1, 1L },
        { 1, true },
        { 4, 5 },
        { new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), new DateTimeOffset(2025, 1, 2, 4, 4, 5, TimeSpan.FromHours(1)) },
        { new byte[] { 1 }, new byte[] { 1 } },
        { DayOfWeek.Monday, 1 },
    };

    [Theory]
    [MemberData(nameof(SameStoredForm))]
    public void StoresAs_SameStoredForm_IsTrue(object? bound, object? value) => Assert.True(SqliteRawTableWriter.StoresAs(bound, value));

    [Theory]
    [MemberData(nameof(DifferentStoredForm))]
    public void StoresAs_DifferentStoredForm_IsFalse(object? bound, object? value) => Assert.False(SqliteRawTableWriter.StoresAs(bound, value));

    [Fact]
    public void StoresAs_SameByteArray_IsFalse()
    {
        var blob = new byte[] { 1, 2 };

        Assert.False(SqliteRawTableWriter.StoresAs(blob, blob));
    }
}
