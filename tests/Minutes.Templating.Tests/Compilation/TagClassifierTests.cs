using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Compilation;

/// <summary>Issue 19, kind 1: tags are classified by Scriban's parse, not by their first word.</summary>
public sealed class TagClassifierTests
{
    [Theory]
    [InlineData("{{ for.index + 1 }}")]
    [InlineData("{{ for.index }}")]
    [InlineData("{{ for.first ? \"首\" : \"\" }}")]
    [InlineData("{{ for.last ? \"（末）\" : \"\" }}")]
    [InlineData("{{ for.rindex }}")]
    [InlineData("{{ while.index }}")]
    [InlineData("{{ tablerow.col }}")]
    [InlineData("{{ meeting.attachments | array.each @(do; ret $0.title + \"號\"; end) | array.join \"、\" }}")]
    [InlineData("{{ meeting.attachments | array.each @(do\n ret $0.title\n end) | array.join \"、\" }}")]
    [InlineData("{{ if x; \"是\"; end }}")]
    [InlineData("{{ for a in b; a; end }}")]
    public void CompleteExpressionsWriteAValueAndOpenNoBlock(string tag)
    {
        var info = TagClassifier.Classify(tag);

        Assert.False(info.IsSilent);
        Assert.Empty(info.Effects);
    }

    [Theory]
    [InlineData("{{ for a in meeting.attachments }}", new[] { "Open" })]
    [InlineData("{{~ for a in meeting.attachments ~}}", new[] { "Open" })]
    [InlineData("{{ if for.last }}", new[] { "Open" })]
    [InlineData("{{ else }}", new[] { "Continue" })]
    [InlineData("{{ else if for.first }}", new[] { "Continue" })]
    [InlineData("{{ end }}", new[] { "Close" })]
    [InlineData("{{ end; for b in c }}", new[] { "Close", "Open" })]
    [InlineData("{{ capture x }}", new[] { "Open" })]
    [InlineData("{{ func f }}", new[] { "Open" })]
    public void BlockFragmentsAreSilentAndOpenContinueOrClose(string tag, string[] effects)
    {
        var info = TagClassifier.Classify(tag);

        Assert.True(info.IsSilent);
        Assert.Equal(effects, info.Effects.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("{{ n = for.index + 1 }}")]
    [InlineData("{{ x = 1; y = 2 }}")]
    [InlineData("{{ if x; y = 1; end }}")]
    [InlineData("{{ func f; ret 1; end }}")]
    [InlineData("{{ # 註解 }}")]
    [InlineData("{{ restart_numbering }}")]
    public void CompleteSilentStatementsAreSilent(string tag)
    {
        var info = TagClassifier.Classify(tag);

        Assert.True(info.IsSilent);
        Assert.Empty(info.Effects);
    }

    [Fact]
    public void ForIndexInlineInARepeatedParagraphNumbersEachRepetition()
    {
        var docx = new TestDocx
        {
            Body = Para("{{ for a in items }}") + Para("（{{ for.index + 1 }}）{{ a }}{{ for.last ? \"（末）\" : \"\" }}{{ for.first ? \"（首）\" : \"\" }}") + Para("{{ end }}"),
        };

        var output = TestTemplates.Render(docx, new Dictionary<string, object?> { ["items"] = new[] { "甲", "乙", "丙" } });

        Assert.Equal(["（1）甲（首）", "（2）乙", "（3）丙（末）"], Docx.Open(output).ParagraphTexts);
        Docx.AssertValid(output);
    }

    [Fact]
    public void ForIndexInlineInARepeatedRow()
    {
        var docx = new TestDocx
        {
            Body = Table(Row("{{ for a in items }}", ""), Row("{{ for.index + 1 }}", "{{ a }}{{ for.last ? \"（末）\" : \"\" }}"), Row("{{ end }}", "")),
        };

        var output = TestTemplates.Render(docx, new Dictionary<string, object?> { ["items"] = new[] { "甲", "乙" } });

        Assert.Equal(["1", "甲", "2", "乙（末）"], Docx.Open(output).ParagraphTexts);
        Docx.AssertValid(output);
    }

    [Fact]
    public void AnonymousDoEndInsideOneTagIsAValue()
    {
        var docx = new TestDocx { Body = Para("附件：{{ items | array.each @(do; ret $0 + \"號\"; end) | array.join \"、\" }}") };

        var output = TestTemplates.Render(docx, new Dictionary<string, object?> { ["items"] = new[] { "甲", "乙" } });

        Assert.Equal(["附件：甲號、乙號"], Docx.Open(output).ParagraphTexts);
    }

    [Theory]
    [InlineData("for-index-inline", "（1）附件甲|（2）附件乙|（3）附件丙")]
    [InlineData("for-index-inline/variant-do-end", "附件：附件甲號、附件乙號、附件丙號")]
    [InlineData("for-index-inline/variant-for-last-in-row", "附件甲|附件乙|附件丙|（末）")]
    public void EngineCasesRender(string name, string expected)
    {
        var output = EngineCase.Render(name);

        var text = string.Join("|", Docx.Open(output).ParagraphTexts.Where(t => t.Length > 0));
        Assert.Contains(expected, text);
        Docx.AssertValid(output);
    }
}
