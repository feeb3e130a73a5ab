namespace Motus.Interop.Proact.Reading;

/// <summary>A run of bytes that is not valid UTF-8, at a 1-based physical line, with the bytes as hex (e.g. <c>0xE9</c>).</summary>
internal readonly record struct EncodingIssue(int Line, string Bytes);
