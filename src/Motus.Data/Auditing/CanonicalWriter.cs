using System.Globalization;
using System.Text;

namespace Motus.Data.Auditing;

/// <summary>
/// Builds an audit row's canonical form as UTF-8: each field as its length in UTF-16 code units, a colon and its
/// text; a null field as <c>-1:</c>. Grows its buffer as needed; <see cref="Buffer"/> hands the (possibly larger)
/// buffer back for reuse.
/// </summary>
internal ref struct CanonicalWriter(byte[] buffer)
{
    private int _length;

    public byte[] Buffer { get; private set; } = buffer;

    public readonly ReadOnlySpan<byte> Written => Buffer.AsSpan(0, _length);

    public void Append(long number)
    {
        Span<char> digits = stackalloc char[20];
        number.TryFormat(digits, out var count, default, CultureInfo.InvariantCulture);
        Append(digits[..count]);
    }

    public void Append(string? value)
    {
        if (value is null)
        {
            AppendAscii("-1:");
            return;
        }

        Append(value.AsSpan());
    }

    private void Append(scoped ReadOnlySpan<char> value)
    {
        Span<char> prefix = stackalloc char[12];
        value.Length.TryFormat(prefix, out var count, default, CultureInfo.InvariantCulture);
        prefix[count++] = ':';
        Encode(prefix[..count]);
        Encode(value);
    }

    private void AppendAscii(string text) => Encode(text.AsSpan());

    private void Encode(scoped ReadOnlySpan<char> text)
    {
        var needed = _length + Encoding.UTF8.GetMaxByteCount(text.Length);
        if (needed > Buffer.Length)
        {
            var larger = new byte[Math.Max(needed, Buffer.Length * 2)];
            Buffer.AsSpan(0, _length).CopyTo(larger);
            Buffer = larger;
        }

        _length += Encoding.UTF8.GetBytes(text, Buffer.AsSpan(_length));
    }
}
