using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Compilation;

/// <summary>Templates that do not compile: every error is reported at once, at the tag.</summary>
public sealed class CompileErrorTests
{
    private static TemplateException CompileFails(TestDocx docx) =>
        Assert.Throws<TemplateException>(() => TestTemplates.Compile(docx));

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
    public void TagsPastTheLimitOfTheWholeTemplateAreRefusedAtTheFirstTagOver()
    {
        var docx = new TestDocx { Body = Para("{{ meeting.location }}{{ meeting.chair }}"), Header = Para("頁首 {{ meeting.location }}{{ meeting.chair }}") };

        var error = Assert.Throws<TemplateException>(() => TestTemplates.Compile(docx, new TemplateOptions { MaxTags = 3 }));
        var compiled = TestTemplates.Compile(docx, new TemplateOptions { MaxTags = 4 });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-package", diagnostic.RuleId);
        Assert.Equal("test.docx/body", diagnostic.Location!.Value.File); // the header is read first: its two tags count here
        Assert.Equal(1, diagnostic.Location.Value.Line);
        Assert.Contains("more tags than the limit", diagnostic.MessageEn);
        Assert.Contains("{{ meeting.chair }}", diagnostic.MessageEn);
        Assert.NotNull(compiled);
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
}
