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

    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    private static List<string> Ids(XDocument xml, string name) => xml.Descendants(W + name).Select(e => (string)e.Attribute(W + "id")!).ToList();

    [Theory]
    [InlineData("footnote", 3)]
    [InlineData("footnote", 1)]
    [InlineData("footnote", 0)]
    [InlineData("endnote", 3)]
    public void RepeatedNoteReferencesPointToTheirOwnCopyOfTheNote(string kind, int count)
    {
        var note = $"<w:{kind} w:id=\"1\"><w:p w14:paraId=\"0B000001\"{" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""}><w:r><w:{kind}Ref/></w:r>{R("註{{ 1 + 1 }}")}<w:bookmarkStart w:id=\"9\" w:name=\"註\"/><w:bookmarkEnd w:id=\"9\"/></w:p></w:{kind}>";
        var referencing = "<w:p>" + R("{{ a }}") + $"<w:r><w:{kind}Reference w:id=\"1\"/></w:r></w:p>";
        var docx = new TestDocx
        {
            Body = Para("{{ for a in items }}") + referencing + Para("{{ end }}") + $"<w:p><w:r><w:{kind}Reference w:id=\"2\"/></w:r></w:p>",
            Footnotes = kind == "footnote" ? note + note.Replace("w:id=\"1\"", "w:id=\"2\"").Replace("0B000001", "0B000002").Replace("\"9\"", "\"8\"").Replace("註{{", "另{{") : null,
            Endnotes = kind == "endnote" ? note + note.Replace("w:id=\"1\"", "w:id=\"2\"").Replace("0B000001", "0B000002").Replace("\"9\"", "\"8\"").Replace("註{{", "另{{") : null,
        };

        var output = TestTemplates.Render(docx, Items(count));

        using var document = Docx.Open(output);
        var references = Ids(XDocument.Parse(document.PartXml("word/document.xml")), kind + "Reference");
        var notes = XDocument.Parse(document.PartXml($"word/{kind}s.xml")).Root!.Elements(W + kind).Where(n => n.Attribute(W + "type") is null).ToList();
        Assert.Equal(count + 1, references.Distinct().Count());
        Assert.Equal(references.Append("1").Distinct().Order(), notes.Select(n => (string)n.Attribute(W + "id")!).Order());
        Assert.Equal(count == 0 ? ["另2"] : [.. Enumerable.Repeat("註2", count), "另2"], references.Select(id => string.Concat(notes.Single(n => (string)n.Attribute(W + "id")! == id).Descendants(W + "t").Select(t => t.Value))));
        var paraIds = notes.SelectMany(n => n.Descendants(W + "p")).Select(p => (string)p.Attribute(W14 + "paraId")!).ToList();
        Assert.Equal(paraIds.Count, paraIds.Distinct().Count());
        var bookmarks = notes.SelectMany(n => n.Descendants(W + "bookmarkStart")).ToList();
        Assert.Equal(bookmarks.Count, bookmarks.Select(b => (string)b.Attribute(W + "name")!).Distinct().Count());
        document.AssertValid();
    }

    /// <summary>A comment anchored in a repeated paragraph, with the entries Word 2013, 2016 and 2018 add for it.</summary>
    private static TestDocx CommentedLoop(string? commentsExtra = null) => new()
    {
        Body = Para("{{ for a in items }}")
            + "<w:p><w:commentRangeStart w:id=\"0\"/>" + R("{{ a }}") + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
            + Para("{{ end }}"),
        Comments = "<w:comment w:id=\"0\" w:author=\"林\" w:date=\"2026-01-01T00:00:00Z\" w:initials=\"林\"><w:p w14:paraId=\"0A000001\" w14:textId=\"77777777\"><w:r><w:annotationRef/></w:r><w:r><w:t>請確認</w:t></w:r></w:p></w:comment>" + commentsExtra,
        CommentsExtended = "<w15:commentEx w15:paraId=\"0A000001\" w15:done=\"0\"/>",
        CommentsIds = "<w16cid:commentId w16cid:paraId=\"0A000001\" w16cid:durableId=\"1234ABCD\"/>",
        CommentsExtensible = "<w16cex:commentExtensible w16cex:durableId=\"1234ABCD\" w16cex:dateUtc=\"2026-01-01T00:00:00Z\"/>",
    };

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    [InlineData(0)]
    public void RepeatedCommentsGetTheirOwnCommentAndEntries(int count)
    {
        var output = TestTemplates.Render(CommentedLoop(), Items(count));

        using var document = Docx.Open(output);
        var body = XDocument.Parse(document.PartXml("word/document.xml"));
        var starts = Ids(body, "commentRangeStart");
        Assert.Equal(count, starts.Distinct().Count());
        Assert.Equal(starts, Ids(body, "commentRangeEnd"));
        Assert.Equal(starts, Ids(body, "commentReference"));
        var comments = XDocument.Parse(document.PartXml("word/comments.xml")).Root!.Elements(W + "comment").ToList();
        Assert.Equal(starts.Append("0").Distinct().Order(), comments.Select(c => (string)c.Attribute(W + "id")!).Order());
        Assert.All(comments, c => Assert.Equal("請確認", string.Concat(c.Descendants(W + "t").Select(t => t.Value))));
        var paraIds = comments.Select(c => (string)c.Descendants(W + "p").Last().Attribute(W14 + "paraId")!).ToList();
        Assert.Equal(comments.Count, paraIds.Distinct().Count());

        XNamespace w15 = "http://schemas.microsoft.com/office/word/2012/wordml";
        XNamespace w16cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
        XNamespace w16cex = "http://schemas.microsoft.com/office/word/2018/wordml/cex";
        var extended = XDocument.Parse(document.PartXml("word/commentsExtended.xml")).Root!.Elements().Select(e => (string)e.Attribute(w15 + "paraId")!);
        Assert.Equal(paraIds.Order(), extended.Order());
        var commentIds = XDocument.Parse(document.PartXml("word/commentsIds.xml")).Root!.Elements().ToList();
        Assert.Equal(paraIds.Order(), commentIds.Select(e => (string)e.Attribute(w16cid + "paraId")!).Order());
        var durableIds = commentIds.Select(e => (string)e.Attribute(w16cid + "durableId")!).ToList();
        Assert.Equal(comments.Count, durableIds.Distinct().Count());
        Assert.All(durableIds, d => Assert.True(long.Parse(d, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) < 0x7FFFFFFF));
        var extensible = XDocument.Parse(document.PartXml("word/commentsExtensible.xml")).Root!.Elements().Select(e => (string)e.Attribute(w16cex + "durableId")!);
        Assert.Equal(durableIds.Order(), extensible.Order());
        Assert.Equal(Enumerable.Range(1, count).Select(i => "項" + i), document.ParagraphTexts);
        document.AssertValid();
    }

    /// <summary>
    /// Both documents open in LibreOffice; the one with repeated footnotes shows each copy. (With a
    /// comment in the same paragraph, the LibreOffice the tests use shows the third footnote's number without its
    /// text, although the package holds it and validates; so the text is counted without comments.)
    /// </summary>
    [Fact]
    public void RepeatedCommentsAndFootnotesOpenInLibreOffice()
    {
        const string FootnoteRun = "<w:r><w:footnoteReference w:id=\"1\"/></w:r>";
        var footnotes = "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" + R("腳註內容") + "</w:p></w:footnote>";
        var commented = CommentedLoop();
        var withComments = new TestDocx
        {
            Body = commented.Body.Replace("<w:commentReference w:id=\"0\"/></w:r>", "<w:commentReference w:id=\"0\"/></w:r>" + FootnoteRun),
            Comments = commented.Comments,
            CommentsExtended = commented.CommentsExtended,
            CommentsIds = commented.CommentsIds,
            CommentsExtensible = commented.CommentsExtensible,
            Footnotes = footnotes,
        };
        var footnotesOnly = new TestDocx { Body = Para("{{ for a in items }}") + "<w:p>" + R("{{ a }}") + FootnoteRun + "</w:p>" + Para("{{ end }}"), Footnotes = footnotes };
        var folder = System.IO.Directory.CreateTempSubdirectory("minutes-notes-");
        try
        {
            var files = new[] { ("comments.docx", withComments), ("footnotes.docx", footnotesOnly) }.Select(d =>
            {
                var file = System.IO.Path.Combine(folder.FullName, d.Item1);
                System.IO.File.WriteAllBytes(file, TestTemplates.Render(d.Item2, Items(3)));
                return file;
            }).ToList();

            var texts = OfficeTools.ConvertToPdf(files, folder.FullName).Select(OfficeTools.PdfToText).ToList();

            Assert.All(texts, text => Assert.Matches(@"項\s*1[\s\S]*項\s*2[\s\S]*項\s*3", text));
            Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(texts[1], "腳註內容"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void FreshCommentIdsAvoidEveryIdTheTemplateUses()
    {
        var other = "<w:comment w:id=\"1\" w:author=\"陳\"><w:p w14:paraId=\"0A000002\"><w:r><w:t>另一則</w:t></w:r></w:p></w:comment>";
        var docx = CommentedLoop(other);

        var output = TestTemplates.Render(docx, Items(3));

        var comments = XDocument.Parse(Docx.Open(output).PartXml("word/comments.xml")).Root!.Elements(W + "comment").ToList();
        Assert.Equal(4, comments.Select(c => (string)c.Attribute(W + "id")!).Distinct().Count());
        Assert.Equal("另一則", string.Concat(comments.Single(c => (string)c.Attribute(W + "id")! == "1").Descendants(W + "t").Select(t => t.Value)));
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
