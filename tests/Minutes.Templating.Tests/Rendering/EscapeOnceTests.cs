using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Rendering;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Rendering;

/// <summary>Issue 19, kind 5: a value is escaped once, where it meets the XML; capture and include output is not escaped again.</summary>
public sealed class EscapeOnceTests
{
    private const string Place = "R&D 中心 <3F> \"甲\"";

    private static Dictionary<string, object?> Globals() => new() { ["place"] = Place, ["agency"] = "A&B" };

    [Theory]
    [InlineData("{{ capture x }}{{ place }}{{ end }}擷取：{{ x }}", "擷取：" + Place)]
    [InlineData("{{ capture x }}{{ place }}（{{ agency }}）{{ end }}{{ x }}", Place + "（A&B）")]
    [InlineData("{{ capture x; place; end }}{{ x }}", Place)]
    [InlineData("{{~ capture x ~}}{{ place }}{{~ end ~}}{{ x }}", Place)]
    [InlineData("{{ capture x }}{{ place }}{{ end }}{{ x | string.size }}", "15")]
    [InlineData("{{ capture x }}{{ place }}{{ end }}{{ x + x }}", Place + Place)]
    [InlineData("{{ capture x }}a&b{{ end }}{{ x }}", "a&b")]
    public void InlineCapturesAreWrittenOnce(string paragraph, string expected)
    {
        var output = TestTemplates.Render(new TestDocx { Body = Para(paragraph) }, Globals());

        Assert.Equal([expected], Docx.Open(output).ParagraphTexts);
        Docx.AssertValid(output);
    }

    [Fact]
    public void ParagraphCapturesAreTextWithoutMarkup()
    {
        var docx = new TestDocx
        {
            Body = Para("{{ capture block }}") + Para("地點 {{ place }}") + Para("第二段") + Para("{{ end }}") + Para("段落擷取：{{ block }}"),
        };

        var output = TestTemplates.Render(docx, Globals());

        Assert.Equal(["段落擷取：地點 " + Place + "\n第二段"], Docx.Open(output).ParagraphTexts);
        Assert.DoesNotContain("&lt;w:", Docx.Open(output).PartXml("word/document.xml"));
        Docx.AssertValid(output);
    }

    [Fact]
    public void CapturedBreaksAndTabsStayBreaksAndTabs()
    {
        var output = TestTemplates.Render(new TestDocx { Body = Para("{{ capture x }}{{ v }}{{ end }}{{ x }}") }, new Dictionary<string, object?> { ["v"] = "甲\n乙\t丙" });

        Assert.Equal(["甲\n乙\t丙"], Docx.Open(output).ParagraphTexts);
    }

    [Fact]
    public void IncludedValuesAreEscapedOnce()
    {
        var options = new TemplateOptions { Includes = new Dictionary<string, string> { ["sig"] = "地點 {{ place }} <簽> &" } };
        var template = TestTemplates.Compile(new TestDocx { Body = Para("引入：{{ include \"sig\" }}") }, options);

        var output = TestTemplates.Render(template, Globals());

        Assert.Equal(["引入：地點 " + Place + " <簽> &"], Docx.Open(output).ParagraphTexts);
        Docx.AssertValid(output);
    }

    [Theory]
    [InlineData("R&amp;D &lt;3F&gt;", "R&D <3F>")]
    [InlineData("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"100\"/></w:tabs></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>\r\n<w:p><w:r><w:t xml:space=\"preserve\">乙 </w:t><w:tab/><w:t>丙</w:t></w:r></w:p>", "甲\n乙 \t丙")]
    [InlineData("\r\n<w:p><w:r><w:t>a&amp;b</w:t><w:br/><w:t>c</w:t></w:r></w:p>\r\n", "a&b\nc")]
    [InlineData("&#x41;&#66;&#xD800;&bogus;", "AB&#xD800;&bogus;")]
    public void CapturedXmlBecomesText(string xml, string expected) => Assert.Equal(expected, CapturedXml.ToText(xml));

    [Fact]
    public void EngineCaseRendersEachValueOnce()
    {
        var output = EngineCase.Render("capture-double-escape");

        Assert.Equal(
            ["直接：R&D 中心 <3F>", "擷取：R&D 中心 <3F>（宜蘭縣政府）", "段落擷取：地點 R&D 中心 <3F>", "引入：地點 R&D 中心 <3F>"],
            Docx.Open(output).ParagraphTexts.Select(t => t.TrimEnd('\n')).ToList());
        Docx.AssertValid(output);
    }
}
