using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Packaging;

/// <summary>Issue 19, kind 8 and the hostile engine cases: packages that would be written invalid or unsafe are refused with a located reason.</summary>
public sealed class HostilePackageTests
{
    private static string Case(string name) => Path.Combine(Repository.Root, "tests", "Minutes.Templating.Tests", "TestSupport", "Fixtures", "HostileCases", name);

    private static TemplateException Refuse(byte[] docx, string name = "t.docx") =>
        Assert.Throws<TemplateException>(() => TemplateCompiler.Compile(new MemoryStream(docx), name));

    /// <summary>A valid template with one extra entry added under <paramref name="entryName"/>.</summary>
    private static byte[] WithEntry(string entryName, string content = "x", Func<string, string, string>? rewrite = null)
    {
        var source = new ZipArchive(new MemoryStream(new TestDocx { Body = Para("{{ 1 }}") }.Build()));
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                writer.Write(rewrite is null ? text : rewrite(entry.FullName, text));
            }

            if (entryName.Length > 0)
            {
                using var extra = new StreamWriter(zip.CreateEntry(entryName).Open());
                extra.Write(content);
            }
        }

        return buffer.ToArray();
    }

    [Theory]
    [InlineData("../../evil.txt")]
    [InlineData("/abs/evil.txt")]
    [InlineData("word\\..\\..\\evil2.txt")]
    [InlineData("word/../../evil.txt")]
    [InlineData("word/./x.xml")]
    [InlineData("word//x.xml")]
    [InlineData("C:/evil.txt")]
    [InlineData("..")]
    public void EntryNamesThatAreNotPartNamesAreRefused(string name)
    {
        var error = Refuse(WithEntry(name));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Contains(name, diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Equal("t.docx", diagnostic.Location!.Value.File);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("_rels/.rels")]
    [InlineData("[Content_Types].xml")]
    public void AnEntryWhoseChecksumDoesNotMatchIsRefused(string name)
    {
        var docx = WithEntry(string.Empty);
        var target = Encoding.UTF8.GetBytes(name);
        var patched = 0;
        for (var i = 0; i + 46 < docx.Length; i++)
        {
            // Local header (PK 3 4: CRC at 14, name at 30) and central directory record (PK 1 2: CRC at 16, name at 46).
            var (crc, nameLength, nameAt) = (docx[i], docx[i + 1], docx[i + 2], docx[i + 3]) switch
            {
                (0x50, 0x4B, 3, 4) => (14, BitConverter.ToUInt16(docx, i + 26), 30),
                (0x50, 0x4B, 1, 2) => (16, BitConverter.ToUInt16(docx, i + 28), 46),
                _ => (0, 0, 0),
            };
            if (nameAt > 0 && nameLength == target.Length && docx.AsSpan(i + nameAt, nameLength).SequenceEqual(target))
            {
                docx[i + crc] ^= 0xFF;
                patched++;
            }
        }

        Assert.Equal(2, patched);
        var error = Refuse(docx);

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Contains($"the entry {name} does not match its CRC-32 checksum", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains("檢查碼", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void TraversalCaseIsRefused()
    {
        var error = Refuse(File.ReadAllBytes(Case("t-traversal.docx")), "t-traversal.docx");

        Assert.Contains("../../evil.txt", Assert.Single(error.Diagnostics).MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void MacroEnabledCaseIsRefused()
    {
        var error = Refuse(File.ReadAllBytes(Case("t-docm.docx")), "t-docm.docx");

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Contains("macro", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith("t-docm.docx", diagnostic.Location!.Value.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/vnd.ms-word.document.macroEnabled.main+xml")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")]
    [InlineData("application/vnd.ms-word.template.macroEnabledTemplate.main+xml")]
    public void MacroEnabledAndTemplateMainPartsAreRefused(string contentType)
    {
        var docx = WithEntry("", rewrite: (name, text) => name == "[Content_Types].xml"
            ? text.Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", contentType)
            : text);

        var diagnostic = Assert.Single(Refuse(docx).Diagnostics);

        Assert.Contains(contentType, diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Equal("t.docx/word/document.xml", diagnostic.Location!.Value.File);
    }

    [Fact]
    public void VbaProjectAnywhereIsRefused()
    {
        var diagnostic = Assert.Single(Refuse(WithEntry("word/vbaProject.bin", "VBA")).Diagnostics);

        Assert.Equal("t.docx/word/vbaProject.bin", diagnostic.Location!.Value.File);
    }

    [Fact]
    public void StrictOpenXmlIsRefusedClearly()
    {
        var docx = WithEntry("", rewrite: (name, text) => name == "_rels/.rels"
            ? text.Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
            : text);

        var diagnostic = Assert.Single(Refuse(docx).Diagnostics);

        Assert.Contains("Strict Open XML", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(100_000)]
    public void DeeplyNestedXmlIsRefusedWithItsPlace(int depth)
    {
        var body = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            body.Append("<w:sdt><w:sdtContent>");
        }

        var docx = WithEntry("", rewrite: (name, text) => name == "word/document.xml"
            ? text.Replace("<w:body>", "<w:body>" + body + new string(' ', 0)).Replace("</w:body>", string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth)) + "</w:body>")
            : text);

        var diagnostic = Assert.Single(Refuse(docx).Diagnostics);

        Assert.Contains("256", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Equal("t.docx/word/document.xml", diagnostic.Location!.Value.File);
    }

    [Fact]
    public void DeepCaseIsRefused()
    {
        var diagnostic = Assert.Single(Refuse(File.ReadAllBytes(Case("t-deep-100k.docx")), "t-deep-100k.docx").Diagnostics);

        Assert.Contains("256", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockOpeningInARunAndClosingInAHyperlinkTextIsRefusedAtTheTag()
    {
        var diagnostic = Assert.Single(Refuse(File.ReadAllBytes(Case("t-hyperlink-t.docx")), "t-hyperlink-t.docx").Diagnostics);

        Assert.Equal("template-syntax", diagnostic.RuleId);
        Assert.Contains("{{ end }}", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockOpeningInARunAndClosingInAHyperlinkRunIsRefused()
    {
        var docx = new TestDocx { Body = "<w:p>" + R("A{{ if false }}") + "<w:hyperlink w:anchor=\"x\">" + R("{{ end }}B") + "</w:hyperlink></w:p>" };

        var diagnostic = Assert.Single(Assert.Throws<TemplateException>(() => TestTemplates.Compile(docx)).Diagnostics);

        Assert.Equal("test.docx/body:1:16", diagnostic.Location!.Value.ToString());
    }

    [Fact]
    public void BlockInsideOneHyperlinkRendersValid()
    {
        var docx = new TestDocx { Body = "<w:p>" + R("A") + "<w:hyperlink w:anchor=\"x\">" + R("{{ if true }}B") + R("C{{ end }}", "<w:b/>") + "</w:hyperlink></w:p>" };

        var output = TestTemplates.Render(docx, new System.Collections.Generic.Dictionary<string, object?>());

        Assert.Equal(["ABC"], Docx.Open(output).ParagraphTexts);
        Docx.AssertValid(output);
    }

    [Fact]
    public void ManyEqualRunsAreMergedInLinearTime()
    {
        var bytes = File.ReadAllBytes(Case("t-many-runs.docx"));
        // Time and memory are bounded by the CLI corpus run (tests/corpus, many-runs), not asserted here.
        var template = TemplateCompiler.Compile(new MemoryStream(bytes), "t-many-runs.docx");

        Assert.Single(template.Parts);
    }

    [Fact]
    public void FortyThousandSmallEqualRunsAreMergedQuickly()
    {
        var docx = new TestDocx { Body = P(string.Concat(Enumerable.Repeat(R("甲乙", "<w:b/>"), 40_000)) + R("{{ 1 + 1 }}", "<w:b/>")) };
        var output = TestTemplates.Render(docx, new System.Collections.Generic.Dictionary<string, object?>());

        Assert.Equal(string.Concat(Enumerable.Repeat("甲乙", 40_000)) + "2", Assert.Single(Docx.Open(output).ParagraphTexts));
    }

    [Theory]
    [InlineData("word/styles.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>")]
    [InlineData("word/settings.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")]
    [InlineData("customXml/item9.xml", "<x>unclosed")]
    public void UntemplatedXmlPartsAreParsedSafely(string part, string xml)
    {
        var diagnostic = Assert.Single(Refuse(WithEntry(part, xml)).Diagnostics);

        Assert.Equal("t.docx/" + part, diagnostic.Location!.Value.File);
    }

    [Fact]
    public void UntemplatedXmlWithInvalidUtf8IsRefused()
    {
        var source = WithEntry("customXml/item9.xml", "<x>AB</x>");
        var patched = new MemoryStream();
        using (var from = new ZipArchive(new MemoryStream(source)))
        using (var to = new ZipArchive(patched, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in from.Entries)
            {
                using var input = entry.Open();
                var buffer = new MemoryStream();
                input.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (entry.FullName == "customXml/item9.xml")
                {
                    bytes = [.. Encoding.ASCII.GetBytes("<x>"), 0xC3, 0x28, 0xFF, .. Encoding.ASCII.GetBytes("</x>")];
                }

                using var output = to.CreateEntry(entry.FullName).Open();
                output.Write(bytes, 0, bytes.Length);
            }
        }

        var diagnostic = Assert.Single(Refuse(patched.ToArray()).Diagnostics);

        Assert.Equal("t.docx/customXml/item9.xml", diagnostic.Location!.Value.File);
    }

    [Fact]
    public void ExtractFromADataPartWithADtdNamesThePart()
    {
        using var stream = File.OpenRead(Case("e-dtd.docx"));

        var error = Assert.Throws<TemplateException>(() => MinutesTemplate.Extract(stream));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.StartsWith("customXml/", diagnostic.Location?.File ?? diagnostic.Path, StringComparison.Ordinal);
        Assert.Contains("DTD", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("第 0 行", diagnostic.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("line 0", diagnostic.MessageEn, StringComparison.Ordinal);
    }
}
