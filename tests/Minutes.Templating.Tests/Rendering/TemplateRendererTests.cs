using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes.Templating.Compilation;
using Minutes.Templating.Rendering;
using Minutes.Templating.Tests.TestSupport;
using Scriban.Runtime;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Rendering;

/// <summary>What a render writes: values, loops, conditions, tables, headers and footers, numbering, includes and functions.</summary>
public sealed class TemplateRendererTests
{
    private static readonly TestMeeting Meeting = new(
        "本府第一會議室",
        "林姿妙",
        [
            new TestReport("社會處", "業務報告", [
                new TestSuggestion("黃委員", "加強宣導", [new TestResponse("遵照辦理"), new TestResponse("下次報告")]),
                new TestSuggestion("曾委員", "增加人力", []),
            ]),
            new TestReport("警察局", "案件統計", [new TestSuggestion("陳委員", "持續追蹤", [new TestResponse("已列管")])]),
        ]);

    private static Dictionary<string, object?> Globals(object? meeting = null) => new() { ["meeting"] = meeting ?? Meeting };

    [Fact]
    public void TagSplitAcrossRunsByWordKeepsTheFormattingOfItsFirstRun()
    {
        var docx = new TestDocx
        {
            Body = P(
                R("地點：", rsid: "0011"),
                R("{{", "<w:b/>", "0012"),
                ProofErr(),
                R(" meeting", "<w:lang w:val=\"en-US\"/>", "0013"),
                R(".location", null, "0014"),
                ProofErr("spellEnd"),
                R(" }}", "<w:i/>", "0015"),
                R("。", null, "0016")),
        };

        var output = TestTemplates.Render(docx, Globals());

        Assert.Equal(["地點：本府第一會議室。"], Docx.Open(output).ParagraphTexts);
        using var document = Docx.Open(output);
        var valueRun = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().Single(r => r.InnerText == "本府第一會議室");
        Assert.NotNull(valueRun.RunProperties?.Bold);
        Assert.DoesNotContain("proofErr", Docx.Open(output).PartXml("word/document.xml"));
    }

    [Theory]
    [InlineData("a < b & c > d", "a < b & c > d")]
    [InlineData("他說\"好\"與'是'", "他說\"好\"與'是'")]
    [InlineData("{{ not a tag }}", "{{ not a tag }}")]
    [InlineData("]]> {% raw %}", "]]> {% raw %}")]
    public void ValuesAreEscaped(string value, string expected)
    {
        var docx = new TestDocx { Body = Para("{{ value }}") };

        var output = TestTemplates.Render(docx, new Dictionary<string, object?> { ["value"] = value });

        Assert.Equal([expected], Docx.Open(output).ParagraphTexts);
    }

    [Theory]
    [InlineData("第一行\n第二行", "第一行\n第二行", 1, 0)]
    [InlineData("甲\r\n乙\r丙", "甲\n乙\n丙", 2, 0)]
    [InlineData("甲\t乙", "甲\t乙", 0, 1)]
    public void LineBreaksAndTabsInValuesBecomeWordBreaksAndTabs(string value, string expected, int breaks, int tabs)
    {
        var docx = new TestDocx { Body = Para("說明：{{ value }}") };

        var output = TestTemplates.Render(docx, new Dictionary<string, object?> { ["value"] = value });

        Assert.Equal(["說明：" + expected], Docx.Open(output).ParagraphTexts);
        using var document = Docx.Open(output);
        Assert.Equal(breaks, document.MainDocumentPart!.Document!.Descendants<Break>().Count());
        Assert.Equal(tabs, document.MainDocumentPart!.Document!.Descendants<TabChar>().Count());
    }

    [Fact]
    public void LiteralBracesAndPercentSignsInTheTemplatePassThrough()
    {
        var docx = new TestDocx { Body = Para("{%{ 100% } {") + Para("{{ meeting.location }}") };

        var output = TestTemplates.Render(docx, Globals());

        Assert.Equal(["{%{ 100% } {", "本府第一會議室"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void ParagraphLoopRepeatsParagraphsAndLeavesNoEmptyOnes()
    {
        var docx = new TestDocx
        {
            Body = Para("報告事項")
                + P(R("{{ for "), R("report in meeting.reports }}", rsid: "0099"))
                + P(R("{{ report.unit }}", "<w:b/>"), R("：{{ report.default_title }}"))
                + Para("{{ end }}")
                + Para("散會"),
        };

        var output = TestTemplates.Render(docx, Globals());

        Assert.Equal(["報告事項", "社會處：業務報告", "警察局：案件統計", "散會"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void NestedLoopsRepeatReportsSuggestionsAndResponses()
    {
        var docx = new TestDocx
        {
            Body = Para("{{ for report in meeting.reports }}")
                + Para("{{ report.unit }}")
                + Para("{{ for s in report.suggestions }}")
                + Para("{{ s.speaker }}：{{ s.content }}")
                + Para("{{ for r in s.responses }}")
                + Para("回應：{{ r.text }}")
                + Para("{{ end }}")
                + Para("{{ end }}")
                + Para("{{ end }}"),
        };

        var output = TestTemplates.Render(docx, Globals());

        Assert.Equal(
            ["社會處", "黃委員：加強宣導", "回應：遵照辦理", "回應：下次報告", "曾委員：增加人力", "警察局", "陳委員：持續追蹤", "回應：已列管"],
            Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void TableRowLoopRepeatsRows()
    {
        var docx = new TestDocx
        {
            Body = Table(
                Row("單位", "報告"),
                Row("{{ for report in meeting.reports }}", ""),
                Row("{{ report.unit }}", "{{ report.default_title }}"),
                Row("{{ end }}", "")),
        };

        var output = TestTemplates.Render(docx, Globals());

        using var document = Docx.Open(output);
        var rows = document.MainDocumentPart!.Document!.Descendants<TableRow>()
            .Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText)))
            .ToList();
        Assert.Equal(["單位|報告", "社會處|業務報告", "警察局|案件統計"], rows);
    }

    [Theory]
    [InlineData("林姿妙", "主席：林姿妙")]
    [InlineData(null, "主席：（未定）")]
    public void ConditionsKeepOrDropParagraphs(string? chair, string expected)
    {
        var docx = new TestDocx
        {
            Body = Para("{{ if meeting.chair }}")
                + Para("主席：{{ meeting.chair }}")
                + Para("{{ else }}")
                + Para("主席：（未定）")
                + Para("{{ end }}"),
        };

        var output = TestTemplates.Render(docx, Globals(Meeting with { Chair = chair }));

        Assert.Equal([expected], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void InlineConditionStaysInItsParagraph()
    {
        var docx = new TestDocx { Body = Para("主席{{ if meeting.chair }}：{{ meeting.chair }}{{ else }}未定{{ end }}。") };

        var output = TestTemplates.Render(docx, Globals());

        Assert.Equal(["主席：林姿妙。"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void ParagraphsOfAssignmentsVanish()
    {
        var docx = new TestDocx
        {
            Body = Para("{{ n = 0 }}")
                + Para("{{ for report in meeting.reports }}{{ n = n + 1 }}")
                + Para("{{ n }}. {{ report.unit }}")
                + Para("{{ end }}"),
        };

        var output = TestTemplates.Render(docx, Globals());

        Assert.Equal(["1. 社會處", "2. 警察局"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void CellWhoseParagraphsAreAllDroppedKeepsAnEmptyParagraph()
    {
        var docx = new TestDocx
        {
            Body = Table(
                "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>"
                + Para("{{ if false }}") + Para("不顯示") + Para("{{ end }}")
                + "</w:tc><w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>" + Para("右") + "</w:tc></w:tr>"),
        };

        var output = TestTemplates.Render(docx, Globals());

        Assert.Equal(["", "右"], Docx.Open(output).ParagraphTexts);
    }

    [Theory]
    [InlineData("{{ for r in [] }}", 1)]
    [InlineData("{{ for r in meeting.reports }}", 2)]
    public void TableWhoseRowsAreAllDroppedKeepsOneEmptyRowAcrossTheGrid(string loop, int rows)
    {
        var docx = new TestDocx { Body = Table(Row(loop, ""), Row("{{ r.unit }}", "{{ r.default_title }}"), Row("{{ end }}", "")) };

        var output = TestTemplates.Render(docx, Globals());

        using var document = Docx.Open(output);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        Assert.Equal(rows, table.Elements<TableRow>().Count());
        if (rows == 1)
        {
            Assert.Equal("2", table.Descendants<GridSpan>().Single().Val!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void TagsInHeadersFootersAndFootnotesAreRenderedAndPageFieldsKept()
    {
        var docx = new TestDocx
        {
            Body = P(R("本文"), "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"),
            Header = Para("{{ meeting.location }}會議紀錄"),
            Footer = "<w:p><w:r><w:t xml:space=\"preserve\">第 </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                + "<w:r><w:t xml:space=\"preserve\"> 頁，共 </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> 頁 {{ meeting.chair }}</w:t></w:r></w:p>",
            Footnotes = "<w:footnote w:id=\"1\">" + Para("註：{{ meeting.reports.size }} 項報告") + "</w:footnote>",
        };
        var template = TestTemplates.Compile(docx);

        var output = TestTemplates.Render(template, Globals());

        Assert.Equal(["body", "header1", "footer1", "footnotes"], template.Template.PartLabels.OrderBy(p => p == "body" ? 0 : 1).ToList());
        using var document = Docx.Open(output);
        var main = document.MainDocumentPart!;
        Assert.Equal("本府第一會議室會議紀錄", main.HeaderParts.Single().Header!.InnerText);
        var footer = main.FooterParts.Single().Footer!;
        Assert.Equal("第 1 頁，共 1 頁 林姿妙", footer.InnerText.Replace(" NUMPAGES ", ""));
        Assert.Equal(" PAGE ", footer.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.Equal(" NUMPAGES ", footer.Descendants<FieldCode>().Single().Text);
        Assert.Equal("註：2 項報告", main.FootnotesPart!.Footnotes!.Elements<Footnote>().Last().InnerText);
    }

    [Fact]
    public void RestartNumberingGivesEachIterationItsOwnList()
    {
        var numbered = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
        var docx = new TestDocx
        {
            Numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
            Body = Para("{{ for report in meeting.reports }}")
                + Para("{{ report.unit }}")
                + Para("{{ restart_numbering }}")
                + Para("{{ for s in report.suggestions }}")
                + "<w:p>" + numbered + R("{{ s.content }}") + "</w:p>"
                + Para("{{ end }}")
                + Para("{{ end }}")
                + "<w:p>" + numbered + R("continues the template's list") + "</w:p>",
        };

        var output = TestTemplates.Render(docx, Globals());

        using var document = Docx.Open(output);
        var numIds = document.MainDocumentPart!.Document!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (p.InnerText, p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value))
            .ToList();
        Assert.Equal([("加強宣導", 2), ("增加人力", 2), ("持續追蹤", 3), ("continues the template's list", 1)], numIds);
        var instances = document.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().ToList();
        Assert.Equal([1, 2, 3], instances.Select(n => n.NumberID!.Value));
        Assert.All(instances.Skip(1), n => Assert.Equal(1, n.Elements<LevelOverride>().Single().StartOverrideNumberingValue!.Val!.Value));
    }

    [Fact]
    public void NumberingContinuesAcrossIterationsWithoutRestart()
    {
        var docx = new TestDocx
        {
            Numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
            Body = Para("{{ for report in meeting.reports }}")
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" + R("{{ report.unit }}") + "</w:p>"
                + Para("{{ end }}"),
        };

        var output = TestTemplates.Render(docx, Globals());

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(Docx.Open(output).PartXml("word/document.xml"), "<w:numId w:val=\"1\" ?/>"));
        Assert.Single(Docx.Open(output).MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>());
    }

    [Fact]
    public void RendersAreByteIdentical()
    {
        var template = TestTemplates.Compile(new TestDocx { Body = Para("{{ meeting.location }}"), Header = Para("頁首") });
        var options = new RenderOptions { EmbeddedData = "{}" };

        var first = TestTemplates.Render(template, Globals(), options);
        System.Threading.Thread.Sleep(2100);
        var second = TestTemplates.Render(template, Globals(), options);

        Assert.Equal(first, second);
    }

    [Fact]
    public void ConcurrentRendersOfOneTemplateGiveTheSameDocument()
    {
        var template = TestTemplates.Compile(new TestDocx
        {
            Body = Para("{{ for report in meeting.reports }}") + Para("{{ report.unit }}{{ x = report.unit }}") + Para("{{ end }}"),
        });
        var expected = TestTemplates.Render(template, Globals());

        var outputs = Enumerable.Range(0, 32).AsParallel().Select(_ => TestTemplates.Render(template, Globals())).ToList();

        Assert.All(outputs, o => Assert.Equal(expected, o));
    }

    [Fact]
    public void IncludesComeFromTheGivenSetAndAreEscaped()
    {
        var options = new TemplateOptions { Includes = new Dictionary<string, string> { ["sign"] = "主席 {{ meeting.chair }} <簽>" } };
        var template = TestTemplates.Compile(new TestDocx { Body = Para("{{ include \"sign\" }}") }, options);

        var output = TestTemplates.Render(template, Globals());

        Assert.Equal(["主席 林姿妙 <簽>"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void CallerFunctionsAreAvailable()
    {
        var functions = new ScriptObject();
        functions.Import("shout", new System.Func<string, string>(s => s + "！"));
        var template = TestTemplates.Compile(new TestDocx { Body = Para("{{ meeting.location | shout }}") }, new TemplateOptions { Functions = functions });

        var output = TestTemplates.Render(template, Globals());

        Assert.Equal(["本府第一會議室！"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void NullMembersRenderEmpty()
    {
        var output = TestTemplates.Render(new TestDocx { Body = Para("主席：{{ meeting.chair }}") }, Globals(Meeting with { Chair = null }));

        Assert.Equal(["主席："], Docx.Open(output).ParagraphTexts);
    }
}
