using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Rendering;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Compilation;

/// <summary>
/// Issue 19, kind 8: a part that names WordprocessingML under another prefix, as the default
/// namespace, or rebinds <c>w:</c> inside renders valid XML everywhere the engine writes markup
/// (values' breaks and tabs, the paragraph or row a guard adds), or is refused at the tag.
/// </summary>
public sealed class NamespacePrefixTests
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly Dictionary<string, object?> Globals = new() { ["v"] = "甲\n乙\t丙", ["items"] = Array.Empty<string>() };

    /// <summary>A value with a break and a tab, a cell whose paragraphs a condition drops, and tables whose rows a loop over nothing drops.</summary>
    private static readonly string Body =
        Para("值：{{ v }}")
        + Table(Row("左", "右").Replace(Para("右"), Para("{{ if false }}") + Para("右") + Para("{{ end }}")))
        + Table(Row("標題", "內容"), Row("{{ for i in items }}", ""), Row("{{ x = i }}", "固定"), Row("{{ end }}", ""))
        + Table(Row("{{ for i in items }}", ""), Row("{{ x = i }}", "固定"), Row("{{ end }}", ""))
        + Para("");

    private static byte[] Rewrite(byte[] docx, Func<string, string> document)
    {
        var source = new ZipArchive(new MemoryStream(docx));
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(entry.FullName == "word/document.xml" ? document(text) : text);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Render(byte[] docx)
    {
        var renderer = new TemplateRenderer(TemplateCompiler.Compile(new MemoryStream(docx), "t.docx"));
        return TestTemplates.Render(renderer, Globals);
    }

    public static TheoryData<string, Func<string, string>> Spellings => new()
    {
        { "w: as Word writes it", xml => xml },
        { "ns0: throughout", xml => xml.Replace("w:", "ns0:").Replace("xmlns:w=", "xmlns:ns0=") },
        { "the default namespace for elements", xml => Regex.Replace(xml, "<(/?)w:", "<$1").Replace("<document ", $"<document xmlns=\"{WordNamespace}\" ") },
        { "w: rebound inside, tables under x:", xml => Regex.Replace(xml, "<w:tbl>(.*?)</w:tbl>", m => $"<x:tbl xmlns:x=\"{WordNamespace}\" xmlns:w=\"urn:example:other\">" + m.Groups[1].Value.Replace("w:", "x:") + "</x:tbl>", RegexOptions.Singleline) },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void EveryPrefixSpellingRendersValidMarkup(string spelling, Func<string, string> rewrite)
    {
        var docx = Rewrite(new TestDocx { Body = Body }.Build(), rewrite);

        var output = Render(docx);

        using var document = Docx.Open(output);
        Assert.True(document.ParagraphTexts.Contains("值：甲\n乙\t丙"), spelling + ": " + string.Join(" | ", document.ParagraphTexts));
        Assert.Contains("左", document.ParagraphTexts);
        Assert.Contains("標題", document.ParagraphTexts);
    }

    [Theory]
    [InlineData("<x:r xmlns:x=\"" + WordNamespace + "\" xmlns:w=\"urn:example:other\"><x:t>{{ v }}</x:t></x:r>")]
    [InlineData("<x:r xmlns:x=\"" + WordNamespace + "\" xmlns:w=\"urn:example:other\"><x:t>前{{ if true }}{{ v }}{{ end }}</x:t></x:r>")]
    public void AValueWhereTheWordPrefixIsReboundIsRefusedAtTheTag(string run)
    {
        var docx = new TestDocx { Body = Para("前") + "<w:p>" + run + "</w:p>" }.Build();

        var error = Assert.Throws<TemplateException>(() => TemplateCompiler.Compile(new MemoryStream(docx), "t.docx"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticRules.TemplateSyntax.Id, diagnostic.RuleId);
        Assert.Equal(2, diagnostic.Location!.Value.Line);
        Assert.Contains("{{ v }}", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains("'w'", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains("「w」", diagnostic.MessageZh, StringComparison.Ordinal);
    }
}
