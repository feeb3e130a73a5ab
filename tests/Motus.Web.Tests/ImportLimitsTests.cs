using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Database;
using Motus.Testing;
using Motus.Web.Hosting;
using Motus.Web.Pages.Import;

namespace Motus.Web.Tests;

/// <summary>The import page refuses zips that unpack to too much, hold too many entries or compress absurdly well — and writes nothing.</summary>
public sealed class ImportLimitsTests(LowImportLimitsFixture fixture) : IClassFixture<LowImportLimitsFixture>
{
    [Fact]
    public async Task ImportPage_DeclaredTotalOverTheCap_RefusedNextToTheFieldAndNothingWritten()
    {
        var zip = Zip(FixtureFiles().Append(("PADDING.txt", Encoding.ASCII.GetBytes(Text(100_000)))));
        var before = await CountsAsync();

        var html = await PostImportAsync(zip, "BIG");

        Assert.Contains("the limit is 65,536 bytes (Import:MaxUnpackedBytes)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Nothing was imported.", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportPage_TooManyEntries_RefusedAndNothingWritten()
    {
        var files = FixtureFiles().Concat(Enumerable.Range(0, 15).Select(i => ($"extra-{i}.txt", "x"u8.ToArray()))).ToList();
        var zip = Zip(files);
        var before = await CountsAsync();

        var html = await PostImportAsync(zip, "MANY");

        Assert.Contains($"Refused: the zip holds {files.Count} entries; the limit is 20 (Import:MaxEntries). Nothing was imported.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportPage_AbsurdCompressionRatio_RefusedAndNothingWritten()
    {
        var zip = Zip(FixtureFiles().Append(("zeros.txt", new byte[2 * 1024 * 1024])));
        var before = await CountsAsync();

        var html = WebUtility.HtmlDecode(await PostImportAsync(zip, "RATIO"));

        Assert.Contains("entry 'zeros.txt' unpacks", html, StringComparison.Ordinal);
        Assert.Contains("the limit is 200:1 (Import:MaxCompressionRatio)", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportPage_NormalZipUnderTheCaps_Imports()
    {
        var before = await CountsAsync();

        var html = await PostImportAsync(Zip(FixtureFiles()), "SMALL");

        Assert.Contains("Imported", html, StringComparison.Ordinal);
        Assert.True((await CountsAsync()).Patients > before.Patients);
    }

    [Fact]
    public async Task ExtractAsync_EntryUnderDeclaresItsSize_NeverWritesBeyondTheCap()
    {
        var declared = 1_000;
        var zip = UnderDeclared(Encoding.ASCII.GetBytes(Text(200_000)), declared);
        var limits = new ImportOptions { MaxUnpackedBytes = 10_000 };
        var folder = Directory.CreateTempSubdirectory("motus-zipguard-");
        try
        {
            using var stream = new MemoryStream(zip);
            string? refusal;
            try
            {
                refusal = await ZipGuard.ExtractAsync(stream, folder, limits, CancellationToken.None);
            }
            catch (InvalidDataException e)
            {
                refusal = "InvalidDataException: " + e.Message; // the runtime's own length check may stop it first; refused either way
            }

            var written = folder.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            Assert.True(written <= limits.MaxUnpackedBytes, $"{written} bytes written; refusal: {refusal}");
            // Either the counting copy refused, or the runtime stopped inflating at the declared size: never more than the cap on disk.
            Assert.True(refusal is not null || written == declared, $"{written} bytes written without a refusal");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("../escaped.csv", "Refused: entry '../escaped.csv' would be written outside the import folder.")]
    [InlineData("forms/../../escaped.csv", "Refused: entry 'forms/../../escaped.csv' would be written outside the import folder.")]
    public async Task ExtractAsync_EntryOutsideTheFolder_Refused(string name, string message)
    {
        var parent = Directory.CreateTempSubdirectory("motus-zipslip-");
        var folder = parent.CreateSubdirectory("import").CreateSubdirectory("inner");
        try
        {
            using var stream = new MemoryStream(Zip([(name, "x"u8.ToArray())]));

            var refusal = await ZipGuard.ExtractAsync(stream, folder, new ImportOptions(), CancellationToken.None);

            Assert.Equal(message, refusal);
            Assert.Empty(parent.EnumerateFiles("*", SearchOption.AllDirectories));
        }
        finally
        {
            parent.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ExtractAsync_SameNameTwice_RefusedBeforeWriting()
    {
        var folder = Directory.CreateTempSubdirectory("motus-zipdup-");
        try
        {
            using var stream = new MemoryStream(Zip([("PROACT_FVC.csv", "a"u8.ToArray()), ("proact_fvc.csv", "b"u8.ToArray())]));

            var refusal = await ZipGuard.ExtractAsync(stream, folder, new ImportOptions(), CancellationToken.None);

            Assert.Equal("Refused: entry 'proact_fvc.csv' appears more than once in the zip.", refusal);
            Assert.Empty(folder.EnumerateFiles("*", SearchOption.AllDirectories));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<(int Patients, int Audit)> CountsAsync()
    {
        await using var db = fixture.Host.Services.GetRequiredService<MotusDatabase>().CreateContext();
        return (await db.Patients.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private async Task<string> PostImportAsync(byte[] zip, string protocol)
    {
        var password = ((StartupReport)fixture.Host.Services.GetService(typeof(StartupReport))!).CreatedAdministrator!.Password;
        using var client = fixture.Host.CreateClient();
        using (var signIn = await FormPost.SignInAsync(client, "admin", password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var af = await FormPost.AntiforgeryAsync(client, "/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(af), "__af" },
            { new ByteArrayContent(zip), "Archive", "export.zip" },
            { new StringContent(protocol), "Protocol" },
            { new StringContent(protocol), "SiteCode" },
            { new StringContent("2000-01-01"), "AnchorDate" },
            { new StringContent("limits test"), "Reason" },
        };
        using var response = await client.PostAsync("/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static IEnumerable<(string Name, byte[] Content)> FixtureFiles() =>
        Directory.GetFiles(RepoPaths.ValidProactFixture, "*.csv").Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));

    /// <summary>Text that compresses only moderately (a deterministic counter), so that the ratio check does not fire.</summary>
    private static string Text(int length)
    {
        var text = new StringBuilder(length + 16);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',');
        }

        return text.ToString(0, length);
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A one-entry zip whose headers (local and central) declare <paramref name="declared"/> unpacked bytes for a larger <paramref name="content"/>.</summary>
    private static byte[] UnderDeclared(byte[] content, int declared)
    {
        var zip = Zip([("big.txt", content)]);
        BitConverter.TryWriteBytes(zip.AsSpan(22, 4), declared); // local file header: uncompressed size at offset 22
        var central = zip.AsSpan().LastIndexOf("PK\u0001\u0002"u8);
        Assert.True(central > 0, "no central directory header");
        BitConverter.TryWriteBytes(zip.AsSpan(central + 24, 4), declared); // central directory header: uncompressed size at offset 24
        return zip;
    }
}
