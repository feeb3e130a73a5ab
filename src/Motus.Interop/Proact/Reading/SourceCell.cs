namespace Motus.Interop.Proact.Reading;

/// <summary>Where a value came from: file, 1-based line and column; <paramref name="IsDelta"/> when the column holds days from the anchor.</summary>
internal readonly record struct SourceCell(string File, int Line, string? Column, bool IsDelta);
