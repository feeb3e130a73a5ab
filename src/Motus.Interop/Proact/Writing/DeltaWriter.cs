using System.Globalization;

namespace Motus.Interop.Proact.Writing;

/// <summary>Dates as PRO-ACT day counts: days from the anchor date (day 0), negative before it.</summary>
internal sealed class DeltaWriter(DateOnly anchor)
{
    public DateOnly Anchor => anchor;

    public string? Of(DateOnly? date) =>
        date is { } d ? (d.DayNumber - anchor.DayNumber).ToString(CultureInfo.InvariantCulture) : null;
}
