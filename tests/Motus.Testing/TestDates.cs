using Microsoft.Extensions.Time.Testing;

namespace Motus.Testing;

/// <summary>The fixed "now" of every test, so that rules such as GEN-01 (no future dates) never depend on the real clock.</summary>
public static class TestDates
{
    /// <summary>Today in tests: 2026-11-25.</summary>
    public static DateOnly Today { get; } = new(2026, 11, 25);

    /// <summary>Noon UTC on <see cref="Today"/>.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A new fake clock set to <see cref="Now"/>; each test gets its own, so advancing it cannot leak.</summary>
    public static FakeTimeProvider NewClock() => new(Now);
}
