using System.Text;
using Motus.Interop.Proact.Reading;

namespace Motus.Interop.Tests.Proact;

public sealed class Utf8ValidatingStreamTests
{
    private static (string Text, List<EncodingIssue> Issues) ReadAll(byte[] bytes, int maxRead = int.MaxValue)
    {
        var consumed = 0;
        using var stream = new Utf8ValidatingStream(new TrickleStream(bytes, maxRead), n => consumed += n);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), false);
        var text = reader.ReadToEnd();
        Assert.Equal(bytes.Length, consumed);
        return (text, stream.TakeIssuesBefore(int.MaxValue));
    }

    [Theory]
    [InlineData(65535)]
    [InlineData(65534)]
    [InlineData(65533)]
    public void Read_MultiByteCharacterAcrossChunkBoundary_PassesUnchanged(int offset)
    {
        var text = new string('a', offset) + "é€😀\nx";

        var (read, issues) = ReadAll(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, read);
        Assert.Empty(issues);
    }

    [Fact]
    public void Read_OneByteAtATime_PassesUnchangedAndDropsTheByteOrderMark()
    {
        var text = "subject_id,Name\n1,Zoë 😀\n";

        var (read, issues) = ReadAll([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)], maxRead: 1);

        Assert.Equal(text, read);
        Assert.Empty(issues);
    }

    [Fact]
    public void Read_InvalidBytes_AreReplacedAndRecordedWithTheirLine()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(new string('a', 70000) + "\nb\nN"), 0xE9, .. "vralgie\n"u8, 0xFF, 0xFE];

        var (read, issues) = ReadAll(bytes);

        Assert.Equal([new EncodingIssue(3, "0xE9"), new EncodingIssue(4, "0xFF"), new EncodingIssue(4, "0xFE")], issues);
        Assert.EndsWith("N\uFFFDvralgie\n\uFFFD\uFFFD", read, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedSequenceAtEnd_IsRecorded()
    {
        byte[] bytes = [.. "ab\n"u8, 0xE2, 0x82];

        var (_, issues) = ReadAll(bytes);

        Assert.Equal([new EncodingIssue(2, "0xE2 0x82")], issues);
    }

    /// <summary>A stream that returns at most <c>maxRead</c> bytes per read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] bytes, int maxRead) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, maxRead));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, maxRead)]);
    }
}
