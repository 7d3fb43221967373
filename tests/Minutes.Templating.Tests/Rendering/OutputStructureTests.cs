using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Rendering;

/// <summary>Issue 19, kinds 3 and 4: after blocks drop or repeat content, stories end with a paragraph and ids stay unique.</summary>
public sealed class OutputStructureTests
{
    private const string DrawingNamespaces =
        " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Dictionary<string, object?> Items(int count) => new() { ["items"] = Enumerable.Range(1, count).Select(i => "項" + i).ToArray() };

    private static string NestedTable(string text) =>
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>"
        + Para(text) + "</w:tc></w:tr></w:tbl>";

    private static string Cell(string content) => $"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>{content}</w:tc></w:tr></w:tbl>" + Para("");

    private static void AssertStoriesEndWithParagraphs(byte[] output)
    {
        var xml = XDocument.Parse(Docx.Open(output).PartXml("word/document.xml"));
        foreach (var cell in xml.Descendants(W + "tc"))
        {
            Assert.Equal(W + "p", cell.Elements().Last(e => e.Name != W + "tcPr").Name);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    [InlineData(0)]
    public void CellEndingWithARepeatedNestedTableGetsAParagraph(int count)
    {
        var docx = new TestDocx { Body = Cell(Para("{{ for a in items }}") + NestedTable("{{ a }}") + Para("{{ end }}")) };

        var output = TestTemplates.Render(docx, Items(count));

        AssertStoriesEndWithParagraphs(output);
        Docx.AssertValid(output);
    }

    [Theory]
    [InlineData("<w:sdt><w:sdtPr/><w:sdtContent>{0}</w:sdtContent></w:sdt>")]
    [InlineData("<w:customXml w:element=\"x\">{0}</w:customXml>")]
    [InlineData("<w:sdt><w:sdtPr/><w:sdtContent><w:customXml w:element=\"x\">{0}</w:customXml></w:sdtContent></w:sdt>")]
    public void CellEndingWithATableInsideAWrapperGetsAParagraph(string wrapper)
    {
        var inner = Para("{{ for a in items }}") + NestedTable("{{ a }}") + Para("{{ end }}");
        var docx = new TestDocx { Body = Cell(string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, inner)) };

        var output = TestTemplates.Render(docx, Items(2));

        var cell = XDocument.Parse(Docx.Open(output).PartXml("word/document.xml")).Descendants(W + "tc").First();
        Assert.Equal(W + "p", cell.Elements().Last().Name);
        Docx.AssertValid(output);
    }

    [Fact]
    public void HeaderAndFooterEmptiedByAConditionKeepAParagraph()
    {
        var docx = new TestDocx
        {
            Body = Para("本文"),
            Header = Para("{{ if false }}") + Para("頁首") + Para("{{ end }}"),
            Footer = Para("{{ if false }}") + NestedTable("頁尾") + Para("{{ end }}"),
        };

        var output = TestTemplates.Render(docx, new Dictionary<string, object?>());

        using var document = Docx.Open(output);
        foreach (var part in new[] { "word/header1.xml", "word/footer1.xml" })
        {
            var root = XDocument.Parse(document.PartXml(part)).Root!;
            Assert.Equal(W + "p", root.Elements().Last().Name);
        }

        Docx.AssertValid(output);
    }

    [Fact]
    public void TextBoxEmptiedByALoopKeepsAParagraph()
    {
        const string Vml = " xmlns:v=\"urn:schemas-microsoft-com:vml\"";
        var docx = new TestDocx
        {
            Body = $"<w:p><w:r><w:pict{Vml}><v:shape id=\"_x0000_s1\" style=\"width:100pt;height:50pt\"><v:textbox><w:txbxContent>"
                + Para("{{ for a in items }}") + Para("{{ a }}") + Para("{{ end }}")
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>",
        };

        var output = TestTemplates.Render(docx, Items(0));

        var box = XDocument.Parse(Docx.Open(output).PartXml("word/document.xml")).Descendants(W + "txbxContent").Single();
        Assert.Equal(W + "p", box.Elements().Last().Name);
        Docx.AssertValid(output);
    }

    [Fact]
    public void RepeatedDrawingsBookmarksShapesAndParagraphIdsGetFreshIds()
    {
        const string W14 = " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";
        var drawing = $"<w:r><w:drawing><wp:inline{DrawingNamespaces}><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"7\" name=\"Picture 7\"/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
        var repeated = $"<w:p{W14} w14:paraId=\"1A2B3C4D\" w14:textId=\"77777777\"><w:bookmarkStart w:id=\"3\" w:name=\"附件\"/>" + R("{{ a }}") + "<w:bookmarkEnd w:id=\"3\"/>" + drawing + "</w:p>";
        var docx = new TestDocx { Body = Para("{{ for a in items }}") + repeated + Para("{{ end }}") + $"<w:p><w:bookmarkStart w:id=\"4\" w:name=\"後\"/>{R("後")}<w:bookmarkEnd w:id=\"4\"/></w:p>" };

        var output = TestTemplates.Render(docx, Items(3));

        var xml = XDocument.Parse(Docx.Open(output).PartXml("word/document.xml"));
        XNamespace wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
        XNamespace w14 = "http://schemas.microsoft.com/office/word/2010/wordml";
        var drawingIds = xml.Descendants(wp + "docPr").Select(d => (string)d.Attribute("id")!).ToList();
        Assert.Equal(3, drawingIds.Distinct().Count());
        Assert.Equal("7", drawingIds[0]);
        var starts = xml.Descendants(W + "bookmarkStart").ToList();
        Assert.Equal(4, starts.Select(b => (string)b.Attribute(W + "id")!).Distinct().Count());
        Assert.Equal(4, starts.Select(b => (string)b.Attribute(W + "name")!).Distinct().Count());
        Assert.Equal(starts.Select(b => (string)b.Attribute(W + "id")!), xml.Descendants(W + "bookmarkEnd").Select(b => (string)b.Attribute(W + "id")!));
        Assert.Equal(3, xml.Descendants(W + "p").Select(p => (string?)p.Attribute(w14 + "paraId")).Where(i => i is not null).Distinct().Count());
        Docx.AssertValid(output);
    }

    [Fact]
    public void RepeatedCommentAnchorsKeepOneRangeAndReference()
    {
        var anchored = "<w:p><w:commentRangeStart w:id=\"0\"/>" + R("{{ a }}") + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
        var docx = new TestDocx { Body = Para("{{ for a in items }}") + anchored + Para("{{ end }}") };
        var buffer = new System.IO.MemoryStream();

        // The test package has no comments part, so the validator cannot be asked; the anchors are counted instead.
        TestTemplates.Compile(docx).Render(Items(3), buffer);
        var output = buffer.ToArray();

        var xml = XDocument.Parse(Docx.Open(output).PartXml("word/document.xml"));
        Assert.Single(xml.Descendants(W + "commentRangeStart"));
        Assert.Single(xml.Descendants(W + "commentRangeEnd"));
        Assert.Single(xml.Descendants(W + "commentReference"));
        Assert.Equal(["項1", "項2", "項3"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void EngineCaseCellEndsWithAParagraph()
    {
        var output = EngineCase.Render("cell-ends-with-nested-table");

        AssertStoriesEndWithParagraphs(output);
        var texts = Docx.Open(output).ParagraphTexts;
        Assert.Contains("附件甲", texts);
        Assert.Contains("附件丙", texts);
        Docx.AssertValid(output);
    }

    [Fact]
    public void EngineCaseImagesInALoopHaveUniqueIds()
    {
        var output = EngineCase.Render("image-in-loop");

        XNamespace wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
        var ids = XDocument.Parse(Docx.Open(output).PartXml("word/document.xml")).Descendants(wp + "docPr").Select(d => (string)d.Attribute("id")!).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(3, ids.Distinct().Count());
        Docx.AssertValid(output);
    }
}
