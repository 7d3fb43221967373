using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Packaging;

/// <summary>Template packages that are refused before compiling: corrupt, zip bombs, too many entries, DTDs, external relationships.</summary>
public sealed class PackageGuardTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void CorruptPackagesAreReported(int kind)
    {
        var random = new Random(kind);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        if (kind == 1)
        {
            bytes = new TestDocx { Body = Para("x") }.Build();
            Array.Resize(ref bytes, bytes.Length / 2);
        }
        else if (kind == 2)
        {
            bytes = new TestDocx { Body = Para("x") }.Build();
            for (var i = 60; i < 200; i++)
            {
                bytes[i] ^= 0x5A;
            }
        }

        var error = Assert.Throws<TemplateException>(() => TemplateCompiler.Compile(new MemoryStream(bytes), "broken.docx"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.StartsWith("broken.docx", diagnostic.Location!.Value.File, StringComparison.Ordinal);
        Assert.StartsWith("template-", diagnostic.RuleId, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipBombIsRefusedBeforeInflating()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                var template = new TestDocx { Body = Para("x") }.Build();
                using (var source = new ZipArchive(new MemoryStream(template)))
                {
                    foreach (var entry in source.Entries)
                    {
                        using var to = zip.CreateEntry(entry.FullName).Open();
                        using var from = entry.Open();
                        from.CopyTo(to);
                    }
                }

                using var bomb = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.Optimal).Open();
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 200; i++)
                {
                    bomb.Write(zeros);
                }
            }

            Assert.True(new FileInfo(path).Length < 2_000_000);
            using var stream = File.OpenRead(path);
            var error = Assert.Throws<TemplateException>(() => TemplateCompiler.Compile(stream, "bomb.docx"));

            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal("template-package", diagnostic.RuleId);
            Assert.Contains("word/media/zeros.bin", diagnostic.MessageEn);
            Assert.Contains("zip bomb", diagnostic.MessageEn);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TooManyEntriesAreRefused()
    {
        var docx = new TestDocx { Body = Para("x") }.Build();

        var error = Assert.Throws<TemplateException>(() =>
            TemplateCompiler.Compile(new MemoryStream(docx), "t.docx", new TemplateOptions { MaxPackageEntries = 3 }));

        Assert.Contains("entries, more than the limit of 3", Assert.Single(error.Diagnostics).MessageEn);
    }

    [Fact]
    public void ZipWithoutAWordDocumentIsRefused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        buffer.Position = 0;
        var error = Assert.Throws<TemplateException>(() => TemplateCompiler.Compile(buffer, "t.docx"));

        Assert.Contains("not a Word document", Assert.Single(error.Diagnostics).MessageEn);
    }

    [Fact]
    public void DocumentTypeDeclarationsAreRefused()
    {
        var docx = new TestDocx { Body = Para("x") }.Build();
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><w:document " + Namespaces + "><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>");
        }

        buffer.Position = 0;
        var error = Assert.Throws<TemplateException>(() => TemplateCompiler.Compile(buffer, "t.docx"));

        Assert.Equal("t.docx/word/document.xml", Assert.Single(error.Diagnostics).Location!.Value.File);
    }

    [Theory]
    [InlineData("attachedTemplate", "file:///etc/passwd", true)]
    [InlineData("image", "http://example.com/track.png", true)]
    [InlineData("hyperlink", "file://server/share/x.docx", true)]
    [InlineData("hyperlink", "https://www.e-land.gov.tw/", false)]
    [InlineData("hyperlink", "mailto:clerk@example.gov.tw", false)]
    public void ExternalRelationshipsOtherThanWebLinksAreRefused(string type, string target, bool refused)
    {
        var docx = new TestDocx { Body = Para("x") }.Build();
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/_rels/document.xml.rels")?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/_rels/document.xml.rels").Open());
            writer.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}\" Target=\"{target}\" TargetMode=\"External\"/></Relationships>");
        }

        buffer.Position = 0;
        if (!refused)
        {
            Assert.NotNull(TemplateCompiler.Compile(buffer, "t.docx"));
            return;
        }

        var error = Assert.Throws<TemplateException>(() => TemplateCompiler.Compile(buffer, "t.docx"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-package", diagnostic.RuleId);
        Assert.Contains(target, diagnostic.MessageEn);
        Assert.Contains("外部", diagnostic.MessageZh);
    }
}
