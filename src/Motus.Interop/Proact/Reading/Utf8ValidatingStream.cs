using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Motus.Interop.Proact.Reading;

/// <summary>
/// A read-only pass-through stream that checks the bytes of a file are UTF-8 as they go by. Each run of invalid bytes
/// is recorded with its physical line (see <see cref="TakeIssuesBefore"/>) and replaced by U+FFFD, so that the
/// strict decoder downstream never fails and the reader can tell which cell held the bad bytes. A leading UTF-8 byte
/// order mark is dropped. Valid chunks, the usual case, are checked with one vectorised call.
/// </summary>
internal sealed class Utf8ValidatingStream(Stream inner, Action<int> bytesRead) : Stream
{
    private const int ChunkSize = 1 << 16;
    private static readonly byte[] Replacement = [0xEF, 0xBF, 0xBD];

    private readonly byte[] _in = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
    private readonly byte[] _out = ArrayPool<byte>.Shared.Rent(ChunkSize * 3 + 16);
    private readonly Queue<EncodingIssue> _issues = new();
    private int _carry;
    private int _outPos;
    private int _outLen;
    private int _line = 1;
    private bool _atStart = true;
    private bool _eof;
    private bool _disposed;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>True when an invalid run was seen on a line before <paramref name="lineExclusive"/> and not yet taken.</summary>
    public bool HasIssuesBefore(int lineExclusive) => _issues.Count > 0 && _issues.Peek().Line < lineExclusive;

    /// <summary>Removes and returns the invalid runs on lines before <paramref name="lineExclusive"/>.</summary>
    public List<EncodingIssue> TakeIssuesBefore(int lineExclusive)
    {
        var taken = new List<EncodingIssue>();
        while (_issues.Count > 0 && _issues.Peek().Line < lineExclusive)
        {
            taken.Add(_issues.Dequeue());
        }

        return taken;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_outPos == _outLen)
        {
            if (!Fill())
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _outLen - _outPos);
        _out.AsSpan(_outPos, n).CopyTo(buffer);
        _outPos += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // Dispose runs twice (the StreamReader closes this stream too); a buffer returned twice to the pool would be
        // handed to two readers at once.
        if (disposing && !_disposed)
        {
            _disposed = true;
            ArrayPool<byte>.Shared.Return(_in);
            ArrayPool<byte>.Shared.Return(_out);
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        var n = inner.Read(_in, _carry, ChunkSize);
        bytesRead(n);
        var total = _carry + n;
        _eof = n == 0;
        if (_eof && total == 0)
        {
            return false;
        }

        var start = 0;
        if (_atStart)
        {
            if (total < 3 && !_eof)
            {
                // Too few bytes yet to tell a byte order mark: wait for more.
                (_carry, _outPos, _outLen) = (total, 0, 0);
                return true;
            }

            start = total >= 3 && _in[0] == 0xEF && _in[1] == 0xBB && _in[2] == 0xBF ? 3 : 0;
            _atStart = false;
        }
        var end = _eof ? total : CompleteEnd(_in.AsSpan(0, total));
        _outLen = Process(_in.AsSpan(start, end - start));
        _outPos = 0;
        _carry = total - end;
        _in.AsSpan(end, _carry).CopyTo(_in);
        return true;
    }

    /// <summary>Where the bytes stop being complete: before a trailing UTF-8 sequence cut by the chunk boundary.</summary>
    private static int CompleteEnd(ReadOnlySpan<byte> bytes)
    {
        for (var i = bytes.Length - 1; i >= Math.Max(0, bytes.Length - 4); i--)
        {
            var b = bytes[i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return bytes.Length - i < needed ? i : bytes.Length;
        }

        return bytes.Length;
    }

    private int Process(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            _line += bytes.Count((byte)'\n');
            bytes.CopyTo(_out);
            return bytes.Length;
        }

        var written = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (bytes[0] == (byte)'\n')
                {
                    _line++;
                }

                bytes[..consumed].CopyTo(_out.AsSpan(written));
                written += consumed;
            }
            else
            {
                _issues.Enqueue(new EncodingIssue(_line, Hex(bytes[..consumed])));
                Replacement.CopyTo(_out.AsSpan(written));
                written += Replacement.Length;
            }

            bytes = bytes[consumed..];
        }

        return written;
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => string.Join(' ', bytes.ToArray().Select(b => $"0x{b:X2}"));
}
