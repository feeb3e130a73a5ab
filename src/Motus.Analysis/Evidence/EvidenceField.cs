using System.Text.Json.Serialization;

namespace Motus.Analysis.Evidence;

/// <summary>
/// One fact about a study or review with its verification status and where it comes from. A
/// <see cref="EvidenceStatus.Missing"/> field has no value; a verified or unverified field always has one.
/// </summary>
/// <typeparam name="T">The value's type (text, number, list, coded value…).</typeparam>
public sealed class EvidenceField<T>
{
    /// <summary>The value; null exactly when <see cref="Status"/> is <see cref="EvidenceStatus.Missing"/>.</summary>
    public T? Value { get; init; }

    /// <summary>Verified, unverified or missing.</summary>
    public EvidenceStatus Status { get; init; }

    /// <summary>Key into the record's <c>sources</c> table naming where the value (or its absence) comes from.</summary>
    public string? Source { get; init; }

    /// <summary>Why the value is unverified or missing, or a caveat; null when there is nothing to add.</summary>
    public string? Note { get; init; }

    /// <summary>True when a value is present (verified or unverified).</summary>
    [JsonIgnore]
    public bool HasValue => Status != EvidenceStatus.Missing && Value is not null;
}
