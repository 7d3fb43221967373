using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Rendering;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Rendering;

/// <summary>Renders that fail: unknown names, unstorable values, limits and includes, each reported at its tag.</summary>
public sealed class RenderErrorTests
{
    private static readonly Dictionary<string, object?> Globals = new()
    {
        ["meeting"] = new TestMeeting("會議室", "主席", [new TestReport("社會處", "報告", [])]),
    };

    private static TemplateException RenderFails(TestDocx docx, TemplateOptions? options = null) =>
        Assert.Throws<TemplateException>(() => TestTemplates.Compile(docx, options).Render(Globals, new MemoryStream()));

    [Theory]
    [InlineData("{{ meeting.nonexistent }}", "unknown member 'nonexistent' of TestMeeting", "找不到成員「nonexistent」")]
    [InlineData("{{ meeting.reports[0].nope }}", "unknown member 'nope' of TestReport", "找不到成員「nope」")]
    [InlineData("{{ metting.location }}", "The variable or function `metting` was not found", "找不到變數或函式「metting」")]
    public void UnknownNamesStopTheRenderAtTheirTag(string tag, string english, string chinese)
    {
        var error = RenderFails(new TestDocx { Body = Para("標題") + Para("地點：" + tag) });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-render", diagnostic.RuleId);
        Assert.Equal("test.docx/body", diagnostic.Location!.Value.File);
        Assert.Equal(2, diagnostic.Location.Value.Line);
        Assert.Contains(english, diagnostic.MessageEn);
        Assert.Contains(chinese, diagnostic.MessageZh);
        Assert.Contains(tag, diagnostic.MessageEn);
    }

    [Theory]
    [InlineData(0x0001)]
    [InlineData(0x000B)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)]
    public void ValuesWithCharactersXmlCannotHoldAreReported(int code)
    {
        var bad = ((char)code).ToString();
        var docx = new TestDocx { Body = Para("說明：{{ value }}") };

        var error = Assert.Throws<TemplateException>(() =>
            TestTemplates.Compile(docx).Render(new Dictionary<string, object?> { ["value"] = "ab" + bad }, new MemoryStream()));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation("test.docx/body", 1, 7), diagnostic.Location);
        Assert.Contains("{{ value }}", diagnostic.MessageEn);
        Assert.Contains($"U+{code:X4}", diagnostic.MessageEn);
    }

    [Theory]
    [InlineData("{{ o = {}; o.self = o; o }}")]
    [InlineData("{{ a = [1]; a[0] = a; a }}")]
    [InlineData("{{ a = []; for i in 1..2000; a = [a]; end; a }}")]
    public void AValueThatCannotBeWrittenAsTextIsReportedAtItsTag(string tag)
    {
        var error = RenderFails(new TestDocx { Body = Para("標題") + Para("說明：" + tag) });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("template-render", diagnostic.RuleId);
        Assert.Equal("test.docx/body", diagnostic.Location!.Value.File);
        Assert.Equal(2, diagnostic.Location.Value.Line);
        Assert.Contains("無法寫成文字", diagnostic.MessageZh);
        Assert.Contains("cannot be written as text", diagnostic.MessageEn);
        Assert.Contains(tag, diagnostic.MessageEn);
    }

    [Fact]
    public void LoopLimitStopsRunawayLoops()
    {
        var error = RenderFails(
            new TestDocx { Body = Para("{{ for i in 1..100 }}") + Para("{{ i }}") + Para("{{ end }}") },
            new TemplateOptions { LoopLimit = 50 });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(1, diagnostic.Location!.Value.Line);
        Assert.Contains("迴圈次數超過上限 50", diagnostic.MessageZh);
    }

    [Fact]
    public void OutputLimitStopsTheRender()
    {
        var docx = new TestDocx { Body = Para("{{ for i in 1..500 }}") + Para("{{ i }} 很長的一段文字") + Para("{{ end }}") };

        var error = Assert.Throws<TemplateException>(() =>
            TestTemplates.Compile(docx).Render(Globals, new MemoryStream(), new RenderOptions { MaxOutputChars = 5_000 }));

        Assert.Contains("exceeds the limit of 5000 characters", Assert.Single(error.Diagnostics).MessageEn);
    }

    [Theory]
    [InlineData("{{ x = \"ab\"; for i in 1..20; x = x + x; end; x }}", "this value has 1,048,576 characters")]
    [InlineData("{{ x = \"ab\"; for i in 1..19; x = x + x; end; x + \"!\" }}", "this value has 1,048,576 characters")]
    [InlineData("{{ [\"ab\" | string.pad_left 999999, \"cd\"] }}", "this value is longer than the limit")]
    public void A_value_over_the_limit_of_one_value_fails_rather_than_being_cut(string tag, string english)
    {
        var error = RenderFails(new TestDocx { Body = Para("標題") + Para(tag) });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(2, diagnostic.Location!.Value.Line);
        Assert.Contains(english, diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains("超過一個值的上限 1,000,000 個字元；不會截斷", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ \"a\" | string.pad_left 500000000 }}")]
    [InlineData("{{ \"ab\" * 100000000 }}")]
    public void Scriban_refusing_a_text_over_the_limit_is_said_in_Chinese(string tag)
    {
        var diagnostic = Assert.Single(RenderFails(new TestDocx { Body = Para(tag) }).Diagnostics);

        Assert.Contains("產生的文字會超過一個值的上限 1,000,000 個字元", diagnostic.MessageZh, StringComparison.Ordinal);
        Assert.Contains("LimitToString", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_limit_less_one_is_written_whole()
    {
        var docx = new TestDocx { Body = Para("{{ \"a\" | string.pad_left 999999 }}") };

        using var rendered = Docx.Open(TestTemplates.Render(docx, Globals));

        Assert.Equal(new string(' ', 999998) + "a", Assert.Single(rendered.ParagraphTexts));
    }

    [Fact]
    public void IncludeWithoutAnIncludeSourceFails()
    {
        var error = RenderFails(new TestDocx { Body = Para("{{ include \"other\" }}") });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(1, diagnostic.Location!.Value.Line);
        Assert.Contains("不能使用 include", diagnostic.MessageZh);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("sub/inner.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("link.txt")]
    public void IncludesOutsideTheTemplateFolderAreRefused(string name)
    {
        var root = Directory.CreateTempSubdirectory("minutes-engine-");
        try
        {
            var folder = root.CreateSubdirectory("templates");
            File.WriteAllText(Path.Combine(root.FullName, "secret.txt"), "secret");
            folder.CreateSubdirectory("sub");
            File.WriteAllText(Path.Combine(folder.FullName, "sub", "inner.txt"), "inner");
            File.CreateSymbolicLink(Path.Combine(folder.FullName, "link.txt"), Path.Combine(root.FullName, "secret.txt"));
            File.WriteAllText(Path.Combine(folder.FullName, "sign.txt"), "簽名：{{ meeting.chair }}");
            var path = Path.Combine(folder.FullName, "t.docx");
            File.WriteAllBytes(path, new TestDocx { Body = Para("{{ include \"sign.txt\" }}") + Para($"{{{{ include \"{name}\" }}}}") }.Build());
            var template = new TemplateRenderer(TemplateCompiler.Load(path));

            var error = Assert.Throws<TemplateException>(() => template.Render(Globals, new MemoryStream()));

            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal(new SourceLocation("t.docx/body", 2, 4), diagnostic.Location);
            Assert.DoesNotContain("secret", error.Message.Replace(name, ""));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void IncludeFromTheTemplateFolderWorks()
    {
        var folder = Directory.CreateTempSubdirectory("minutes-engine-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "sign.txt"), "簽名：{{ meeting.chair }}");
            var path = Path.Combine(folder.FullName, "t.docx");
            File.WriteAllBytes(path, new TestDocx { Body = Para("{{ include \"sign.txt\" }}") }.Build());

            var output = TestTemplates.Render(new TemplateRenderer(TemplateCompiler.Load(path)), Globals);

            Assert.Equal(["簽名：主席"], Docx.Open(output).ParagraphTexts);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
