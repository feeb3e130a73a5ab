namespace Motus.Domain.Common;

/// <summary>Identifies a patient record. Wraps a version-7 (time-ordered) GUID so that ids of different kinds cannot be mixed up.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct PatientId(Guid Value)
{
    /// <summary>A new, time-ordered id.</summary>
    public static PatientId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
