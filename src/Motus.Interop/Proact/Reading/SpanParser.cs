namespace Motus.Interop.Proact.Reading;

/// <summary>Parses a coded cell; false when the text is not in the vocabulary.</summary>
internal delegate bool SpanParser<T>(ReadOnlySpan<char> text, out T value);
