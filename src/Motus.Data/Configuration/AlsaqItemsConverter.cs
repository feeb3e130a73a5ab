using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Motus.Data.Configuration;

/// <summary>Stores ALSAQ item answers as comma-separated text ("4,3,,2": an empty slot is a missing answer).</summary>
internal sealed class AlsaqItemsConverter() : ValueConverter<IReadOnlyList<int?>, string>(
    items => string.Join(",", items.Select(i => i.HasValue ? i.Value.ToString(CultureInfo.InvariantCulture) : "")),
    text => Parse(text))
{
    private static int?[] Parse(string text) =>
        text.Split(',').Select(s => s.Length == 0 ? (int?)null : int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
}

/// <summary>Compares ALSAQ item lists by value so that a revision is detected.</summary>
internal sealed class AlsaqItemsComparer() : ValueComparer<IReadOnlyList<int?>>(
    (a, b) => a != null && b != null && a.SequenceEqual(b),
    v => v.Aggregate(17, (h, i) => HashCode.Combine(h, i)),
    v => v.ToArray());
