namespace Motus.Interop.Proact.Vocabulary;

/// <summary>
/// Reduces a coded cell to a comparison key: letters and digits only, lower-cased, so that <c>Self (paper)</c>,
/// <c>self-paper</c> and <c>SELF PAPER</c> compare equal. Works on the stack; no allocation.
/// </summary>
internal static class TextKey
{
    /// <summary>Longest key compared; longer cells match nothing.</summary>
    public const int MaxLength = 64;

    /// <summary>Writes the key of <paramref name="text"/> into <paramref name="buffer"/> and returns it; empty when too long.</summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return [];
            }

            buffer[n++] = char.ToLowerInvariant(c);
        }

        return buffer[..n];
    }
}
