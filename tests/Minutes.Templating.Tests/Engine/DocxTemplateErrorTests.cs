using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Rendering;
using static Minutes.Templating.Tests.Engine.TestDocx;

namespace Minutes.Templating.Tests.Engine;

public sealed class DocxTemplateErrorTests
{
    private static readonly Dictionary<string, object?> Globals = new()
    {
        ["meeting"] = new TestMeeting("會議室", "主席", [new TestReport("社會處", "報告", [])]),
    };

    private static TemplateException CompileFails(TestDocx docx) =>
        Assert.Throws<TemplateException>(() => RenderedDocx.Compile(docx));

    private static TemplateException RenderFails(TestDocx docx, TemplateOptions? options = null) =>
        Assert.Throws<TemplateException>(() => RenderedDocx.Compile(docx, options).Render(Globals, new MemoryStream()));

    [Fact]
    public void UnclosedBlockNamesTheOpeningTag()
    {
        var error = CompileFails(new TestDocx { Body = Para("標題") + Para("{{ for r in meeting.reports }}") + Para("{{ r.unit }}") });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-syntax", diagnostic.RuleId);
        Assert.Equal(new SourceLocation("test.docx/body", 2, 1), diagnostic.Location);
        Assert.Contains("{{ for r in meeting.reports }}", diagnostic.MessageEn);
        Assert.Contains("{{ end }} is missing", diagnostic.MessageEn);
        Assert.Contains("缺少 {{ end }}", diagnostic.MessageZh);
    }

    [Fact]
    public void MisplacedEndIsReportedAtTheEnd()
    {
        var error = CompileFails(new TestDocx { Body = Para("標題") + Para("文字 {{ end }}") });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation("test.docx/body", 2, 4), diagnostic.Location);
        Assert.Contains("misplaced end", diagnostic.MessageEn);
    }

    [Fact]
    public void EverySyntaxErrorIsReportedAtOnceAcrossParts()
    {
        var error = CompileFails(new TestDocx
        {
            Body = Para("{{ x = 1 + }}") + Para("正常 {{ meeting.location }}") + Para("{{ y = ) }}"),
            Header = Para("{{ meeting. }}"),
        });

        Assert.Equal(
            [new SourceLocation("test.docx/body", 1, 12), new SourceLocation("test.docx/body", 3, 8), new SourceLocation("test.docx/header1", 1, 13)],
            error.Diagnostics.Select(d => d.Location!.Value).OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).ToList());
        Assert.All(error.Diagnostics, d => Assert.Equal("template-syntax", d.RuleId));
        Assert.Contains("test.docx/header1:1:", error.Message);
    }

    [Fact]
    public void BlockThatCrossesParagraphsIsRefused()
    {
        var error = CompileFails(new TestDocx { Body = Para("項目：{{ for r in meeting.reports }}") + Para("{{ r.unit }}") + Para("{{ end }}") });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(3, diagnostic.Location!.Value.Line);
        Assert.Contains("different levels", diagnostic.MessageEn);
    }

    [Fact]
    public void UnclosedTagIsReported()
    {
        var error = CompileFails(new TestDocx { Body = Para("地點：{{ meeting.location") });

        Assert.Equal(new SourceLocation("test.docx/body", 1, 4), Assert.Single(error.Diagnostics).Location);
    }

    [Theory]
    [InlineData("{{ meeting.nonexistent }}", "unknown member 'nonexistent' of TestMeeting", "找不到成員「nonexistent」")]
    [InlineData("{{ meeting.reports[0].nope }}", "unknown member 'nope' of TestReport", "找不到成員「nope」")]
    [InlineData("{{ metting.location }}", "The variable or function `metting` was not found", "找不到變數或函式「metting」")]
    public void UnknownNamesStopTheRenderAtTheirTag(string tag, string english, string chinese)
    {
        var error = RenderFails(new TestDocx { Body = Para("標題") + Para("地點：" + tag) });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-render", diagnostic.RuleId);
        Assert.Equal("test.docx/body", diagnostic.Location!.Value.File);
        Assert.Equal(2, diagnostic.Location.Value.Line);
        Assert.Contains(english, diagnostic.MessageEn);
        Assert.Contains(chinese, diagnostic.MessageZh);
        Assert.Contains(tag, diagnostic.MessageEn);
    }

    [Theory]
    [InlineData(0x0001)]
    [InlineData(0x000B)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)]
    public void ValuesWithCharactersXmlCannotHoldAreReported(int code)
    {
        var bad = ((char)code).ToString();
        var docx = new TestDocx { Body = Para("說明：{{ value }}") };

        var error = Assert.Throws<TemplateException>(() =>
            RenderedDocx.Compile(docx).Render(new Dictionary<string, object?> { ["value"] = "ab" + bad }, new MemoryStream()));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation("test.docx/body", 1, 7), diagnostic.Location);
        Assert.Contains("{{ value }}", diagnostic.MessageEn);
        Assert.Contains($"U+{code:X4}", diagnostic.MessageEn);
    }

    [Fact]
    public void LoopLimitStopsRunawayLoops()
    {
        var error = RenderFails(
            new TestDocx { Body = Para("{{ for i in 1..100 }}") + Para("{{ i }}") + Para("{{ end }}") },
            new TemplateOptions { LoopLimit = 50 });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(1, diagnostic.Location!.Value.Line);
        Assert.Contains("迴圈次數超過上限 50", diagnostic.MessageZh);
    }

    [Fact]
    public void OutputLimitStopsTheRender()
    {
        var docx = new TestDocx { Body = Para("{{ for i in 1..500 }}") + Para("{{ i }} 很長的一段文字") + Para("{{ end }}") };

        var error = Assert.Throws<TemplateException>(() =>
            RenderedDocx.Compile(docx).Render(Globals, new MemoryStream(), new RenderOptions { MaxOutputChars = 5_000 }));

        Assert.Contains("exceeds the limit of 5000 characters", Assert.Single(error.Diagnostics).MessageEn);
    }

    [Fact]
    public void IncludeWithoutAnIncludeSourceFails()
    {
        var error = RenderFails(new TestDocx { Body = Para("{{ include \"other\" }}") });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(1, diagnostic.Location!.Value.Line);
        Assert.Contains("不能使用 include", diagnostic.MessageZh);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("sub/inner.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("link.txt")]
    public void IncludesOutsideTheTemplateFolderAreRefused(string name)
    {
        var root = Directory.CreateTempSubdirectory("minutes-engine-");
        try
        {
            var folder = root.CreateSubdirectory("templates");
            File.WriteAllText(Path.Combine(root.FullName, "secret.txt"), "secret");
            folder.CreateSubdirectory("sub");
            File.WriteAllText(Path.Combine(folder.FullName, "sub", "inner.txt"), "inner");
            File.CreateSymbolicLink(Path.Combine(folder.FullName, "link.txt"), Path.Combine(root.FullName, "secret.txt"));
            File.WriteAllText(Path.Combine(folder.FullName, "sign.txt"), "簽名：{{ meeting.chair }}");
            var path = Path.Combine(folder.FullName, "t.docx");
            File.WriteAllBytes(path, new TestDocx { Body = Para("{{ include \"sign.txt\" }}") + Para($"{{{{ include \"{name}\" }}}}") }.Build());
            var template = new TemplateRenderer(TemplateCompiler.Load(path));

            var error = Assert.Throws<TemplateException>(() => template.Render(Globals, new MemoryStream()));

            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal(new SourceLocation("t.docx/body", 2, 4), diagnostic.Location);
            Assert.DoesNotContain("secret", error.Message.Replace(name, ""));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void IncludeFromTheTemplateFolderWorks()
    {
        var folder = Directory.CreateTempSubdirectory("minutes-engine-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "sign.txt"), "簽名：{{ meeting.chair }}");
            var path = Path.Combine(folder.FullName, "t.docx");
            File.WriteAllBytes(path, new TestDocx { Body = Para("{{ include \"sign.txt\" }}") }.Build());

            var output = RenderedDocx.Render(new TemplateRenderer(TemplateCompiler.Load(path)), Globals);

            Assert.Equal(["簽名：主席"], RenderedDocx.BodyParagraphs(output));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

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
