using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Compilation;

/// <summary>Issue 19, kind 2: "alone in its paragraph" is decided by visible content; annotations of a dropped paragraph are kept.</summary>
public sealed class BlockParagraphMarkupTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Dictionary<string, object?> Items() => new() { ["items"] = new[] { "甲", "乙", "丙" } };

    public static TheoryData<string> Wrappings() => new()
    {
        "<w:p><w:ins w:id=\"1\" w:author=\"審稿人\" w:date=\"2026-11-30T10:00:00Z\">{0}</w:ins></w:p>",
        "<w:p><w:commentRangeStart w:id=\"0\"/>{0}<w:commentRangeEnd w:id=\"0\"/></w:p>",
        "<w:p><w:smartTag w:uri=\"urn:x\" w:element=\"PersonName\">{0}</w:smartTag></w:p>",
        "<w:p><w:r><w:tab/></w:r>{0}</w:p>",
        "<w:p><w:r><w:tab/><w:tab/></w:r>{0}<w:proofErr w:type=\"spellStart\"/></w:p>",
        "<w:p><w:bookmarkStart w:id=\"5\" w:name=\"迴圈\"/>{0}<w:bookmarkEnd w:id=\"5\"/></w:p>",
        "<w:p><w:customXml w:element=\"x\">{0}</w:customXml></w:p>",
        "<w:p><w:del w:id=\"2\" w:author=\"a\" w:date=\"2026-11-30T10:00:00Z\"><w:r><w:delText>舊字</w:delText></w:r></w:del>{0}</w:p>",
    };

    private static string Wrap(string wrapping, string tag) => string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapping, R(tag));

    [Theory]
    [MemberData(nameof(Wrappings))]
    public void BlockTagsWithInvisibleMarkupAreParagraphBlocks(string wrapping)
    {
        var docx = new TestDocx { Body = Para("前") + Wrap(wrapping, "{{ for a in items }}") + Para("{{ a }}") + Wrap(wrapping, "{{ end }}") + Para("後") };

        var output = TestTemplates.Compile(docx);
        var buffer = new System.IO.MemoryStream();
        output.Render(Items(), buffer);

        var texts = Docx.Open(buffer.ToArray()).ParagraphTexts;
        Assert.Equal(["前", "甲", "乙", "丙", "後"], texts);
    }

    [Theory]
    [InlineData("<w:r><w:drawing/></w:r>")]
    [InlineData("<w:r><w:br/></w:r>")]
    [InlineData("<w:fldSimple w:instr=\"PAGE\"><w:r><w:t>1</w:t></w:r></w:fldSimple>")]
    public void VisibleContentBesideABlockTagMakesItInline(string visible)
    {
        var docx = new TestDocx { Body = "<w:p>" + visible + R("{{ if true }}") + "</w:p>" + Para("x") + Para("{{ end }}") };

        Assert.Throws<Minutes.Templating.Diagnostics.TemplateException>(() => TestTemplates.Compile(docx));
    }

    [Fact]
    public void ADroppedAssignmentParagraphKeepsItsBookmarkAndCommentRange()
    {
        var docx = new TestDocx
        {
            Body = Para("第一段") + "<w:p><w:bookmarkStart w:id=\"5\" w:name=\"計數\"/><w:commentRangeStart w:id=\"0\"/>" + R("{{ n = 3 }}") + "<w:commentRangeEnd w:id=\"0\"/><w:bookmarkEnd w:id=\"5\"/></w:p>" + Para("共 {{ n }} 件"),
        };

        var buffer = new System.IO.MemoryStream();
        TestTemplates.Compile(docx).Render(new Dictionary<string, object?>(), buffer);

        using var document = Docx.Open(buffer.ToArray());
        Assert.Equal(["第一段", "共 3 件"], document.ParagraphTexts);
        var body = XDocument.Parse(document.PartXml("word/document.xml")).Root!.Element(W + "body")!;
        Assert.Single(body.Elements(W + "bookmarkStart"));
        Assert.Single(body.Elements(W + "commentRangeStart"));
    }

    [Theory]
    [InlineData("a-tracked-insert", new[] { "附件：", "附件甲", "附件乙", "附件丙", "完" })]
    [InlineData("b-comment", new[] { "附件：", "附件甲", "附件乙", "附件丙", "完" })]
    [InlineData("c-smarttag", new[] { "附件：", "附件甲", "附件乙", "附件丙", "完" })]
    [InlineData("d-tab-indent", new[] { "\t\t附件甲", "\t\t附件乙", "\t\t附件丙" })]
    [InlineData("e-assignment-with-comment", new[] { "第一段", "附件共 3 件" })]
    public void EngineCasesRenderWithoutEmptyParagraphs(string variant, string[] expected)
    {
        var output = EngineCase.Render("block-tag-paragraph-markup/" + variant);

        Assert.Equal(expected, Docx.Open(output).ParagraphTexts);
        Docx.AssertValid(output);
    }
}
