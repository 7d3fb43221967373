using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Packaging;
using Minutes.Templating.Rendering;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Compilation;

/// <summary>
/// Issue 20: a template's literal text stays out of the Scriban code (the code holds a marker,
/// the structural pass writes the text), yet reads, counts and captures as before.
/// </summary>
public sealed class LiteralTextsTests
{
    private static readonly Dictionary<string, object?> NoGlobals = [];

    /// <summary>Text with XML specials, a carriage return, non-BMP characters on either side of the writer's 4,096-character chunks.</summary>
    private static string LongText()
    {
        var text = new StringBuilder();
        while (text.Length < 20_000)
        {
            text.Append("會議紀錄 R&D <3F> \"甲\" 𠀋").Append(text.Length % 7 == 0 ? "{%" : "");
        }

        text.Insert(4095, "𡒊").Insert(8191, "𪚥");
        return text.ToString();
    }

    [Fact]
    public void TheTranslatedCodeHoldsMarkersNotTheText()
    {
        var document = SafeXml.Load(Encoding.UTF8.GetBytes(
            $"<w:document {Namespaces}><w:body>{Para("前言一段很長的文字 {{ value }} 結語")}</w:body></w:document>"), "t.docx", "word/document.xml");
        RunNormalizer.Normalize(document);
        var texts = new LiteralTexts();

        var code = PartTranslator.Translate("t.docx", "body", document, texts).Code;

        Assert.DoesNotContain("前言", code);
        Assert.DoesNotContain("結語", code);
        Assert.Contains("{{ value }}", code);
        Assert.Equal(2, code.Split("<?minutes-text ").Length - 1);
    }

    [Fact]
    public void LongTextComesOutUnchanged()
    {
        var text = LongText();
        var output = TestTemplates.Render(
            new TestDocx { Body = Para(text) + Para("前 {{ value }} 後" + text) + Table(Row(text, "{{ value }}")) },
            new Dictionary<string, object?> { ["value"] = "值<&>" });

        Assert.Equal([text, "前 值<&> 後" + text, text, "值<&>"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void ALongTextGoesPastTheWriterInTheBytesTheWriterWouldWrite()
    {
        var text = LongText().Replace("R&D", "R&D\r");
        var escaped = new StringBuilder();
        using (var writer = System.Xml.XmlWriter.Create(escaped, new System.Xml.XmlWriterSettings { NewLineHandling = System.Xml.NewLineHandling.Entitize, ConformanceLevel = System.Xml.ConformanceLevel.Fragment }))
        {
            writer.WriteString(text);
        }

        var docx = new TestDocx { Body = $"<w:p><w:r><w:t xml:space=\"preserve\">{escaped}</w:t></w:r></w:p>" };

        var xml = Docx.Open(TestTemplates.Render(docx, NoGlobals)).PartXml("word/document.xml");

        Assert.Contains($">{escaped}</w:t>", xml);
        Assert.Contains("&#xD;", escaped.ToString());
    }

    [Fact]
    public void ACarriageReturnInLiteralTextSurvives()
    {
        var docx = new TestDocx { Body = "<w:p><w:r><w:t xml:space=\"preserve\">甲&#xD;乙 {{ value }}</w:t></w:r></w:p>" };

        var output = TestTemplates.Render(docx, new Dictionary<string, object?> { ["value"] = "丙" });

        Assert.Contains("甲&#xD;乙 丙", Docx.Open(output).PartXml("word/document.xml"));
    }

    [Fact]
    public void RepeatedLiteralTextCountsAgainstTheOutputLimit()
    {
        // Ten paragraphs of 1,000 characters: the markers alone would stay far below 5,000 characters.
        var docx = new TestDocx { Body = Para("{{ for i in 1..10 }}") + Para(new string('字', 1_000)) + Para("{{ end }}") };

        var error = Assert.Throws<TemplateException>(() =>
            TestTemplates.Compile(docx).Render(NoGlobals, new MemoryStream(), new RenderOptions { MaxOutputChars = 5_000 }));

        Assert.Contains("exceeds the limit of 5000 characters", Assert.Single(error.Diagnostics).MessageEn);
    }

    [Fact]
    public void ACaptureOfLiteralTextReadsTheText()
    {
        var text = LongText();
        var docx = new TestDocx { Body = Para("{{ capture x }}" + text + "{{ end }}{{ x | string.size }}") + Para("{{ capture y }}") + Para(text) + Para("{{ end }}") + Para("{{ y }}") };

        var output = TestTemplates.Render(docx, NoGlobals);

        Assert.Equal([text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), text], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void ACaptureOfLongLiteralTextIsCheckedBeforeItGrows()
    {
        var docx = new TestDocx { Body = Para("{{ capture x }}{{ for i in 1..50 }}" + new string('字', 1_000) + "{{ end }}{{ end }}{{ x }}") };

        var error = Assert.Throws<TemplateException>(() =>
            TestTemplates.Compile(docx, new TemplateOptions { LimitToString = 20_000 }).Render(NoGlobals, new MemoryStream()));

        Assert.Contains("capture block (or an include) exceeds the limit of 20,000 characters", Assert.Single(error.Diagnostics).MessageEn);
    }

    [Fact]
    public void AFunctionOfThePartCalledFromAnIncludeGivesItsText()
    {
        var options = new TemplateOptions { Includes = new Dictionary<string, string> { ["x"] = "（{{ f }}）" } };
        var docx = new TestDocx { Body = Para("{{ func f }}甲乙{{ end }}{{ include 'x' }}") };

        var output = TestTemplates.Render(TestTemplates.Compile(docx, options), NoGlobals);

        Assert.Equal(["（甲乙）"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void MarkersInTheTemplateAreNotReadAsMarkers()
    {
        // Typed as text it stays text; a processing instruction of the marker's name in the template is dropped.
        var docx = new TestDocx { Body = Para("<?minutes-text 0?> {{ value }}") + "<w:p><?minutes-text 0?><w:r><w:t>乙</w:t></w:r></w:p>" };

        var output = TestTemplates.Render(docx, new Dictionary<string, object?> { ["value"] = "<?minutes-text 1?>" });

        Assert.Equal(["<?minutes-text 0?> <?minutes-text 1?>", "乙"], Docx.Open(output).ParagraphTexts);
        Assert.DoesNotContain("<?minutes-text", Docx.Open(output).PartXml("word/document.xml"));
    }
}
