using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Tests.Packaging;

/// <summary>The package writer: what it writes must read back with the platform's zip reader, also from a stream that cannot seek.</summary>
public class ZipWriterTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Entries_read_back_unchanged(bool seekable)
    {
        var small = Encoding.UTF8.GetBytes("<w:document>會議紀錄</w:document>");
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<w:p>{i}、委員建議</w:p>")));
        using var buffer = new MemoryStream();
        var zip = new ZipWriter(seekable ? buffer : new ForwardOnlyStream(buffer));

        zip.Add(CompressedEntry.Create("[Content_Types].xml", small, CompressionLevel.Optimal));
        zip.Add(CompressedEntry.Create("empty.xml", Array.Empty<byte>(), CompressionLevel.Optimal));
        using (var entry = zip.Open("word/document.xml", CompressionLevel.Fastest))
        {
            entry.Write(large, 0, 1000);
            entry.Write(large, 1000, large.Length - 1000);
        }

        zip.Finish();

        buffer.Position = 0;
        using var archive = new ZipArchive(buffer, ZipArchiveMode.Read);
        Assert.Equal(["[Content_Types].xml", "empty.xml", "word/document.xml"], archive.Entries.Select(e => e.FullName));
        Assert.Equal(small, Read(archive, "[Content_Types].xml"));
        Assert.Empty(Read(archive, "empty.xml"));
        Assert.Equal(large, Read(archive, "word/document.xml"));
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    private static byte[] Read(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A stream that only goes forward, like an HTTP response.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
