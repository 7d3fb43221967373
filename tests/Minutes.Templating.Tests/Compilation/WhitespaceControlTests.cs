using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Minutes.Templating.Tests.TestSupport;
using Scriban;
using Scriban.Runtime;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Compilation;

/// <summary>
/// Issue 19, kind 6: <c>{{~ ~}}</c> and <c>{{- -}}</c> trim the paragraph's text, across run
/// boundaries and invisible markup, so where Word split the runs does not change the result.
/// The expected text is what Scriban makes of the same text as a plain-text template.
/// </summary>
public sealed class WhitespaceControlTests
{
    /// <summary>The fixed seed: the same generated paragraphs every run.</summary>
    private const string Seed = "(20261130,1911)";

    private static readonly Dictionary<string, object?> Globals = new()
    {
        ["v"] = " 值 ",
        ["w"] = "乙",
        ["c"] = true,
        ["d"] = false,
        ["items"] = new[] { "一", "二" },
    };

    private static readonly string[] Formats = ["<w:b/>", "<w:i/>", "<w:u w:val=\"single\"/>"];

    /// <summary>What Scriban renders for <paramref name="text"/> as a plain-text template.</summary>
    private static string PlainScriban(string text)
    {
        var globals = new ScriptObject();
        foreach (var (name, value) in Globals)
        {
            globals[name] = value;
        }

        var context = new TemplateContext();
        context.PushGlobal(globals);
        return Template.Parse(text).Render(context);
    }

    /// <summary>The paragraph <paramref name="text"/> as runs cut at <paramref name="cuts"/>, each run formatted differently from its neighbours, with a bookmark or a revision-free empty run between some.</summary>
    private static string Split(string text, IEnumerable<int> cuts)
    {
        var points = cuts.Where(c => c > 0 && c < text.Length).Distinct().OrderBy(c => c).Append(text.Length).ToList();
        var runs = new List<string>();
        var start = 0;
        foreach (var point in points)
        {
            var piece = text.Substring(start, point - start);
            runs.Add(R(piece, Formats[runs.Count % Formats.Length], "00" + runs.Count));
            if (runs.Count % 3 == 0)
            {
                runs.Add($"<w:bookmarkStart w:id=\"{runs.Count}\" w:name=\"b{runs.Count}\"/><w:bookmarkEnd w:id=\"{runs.Count}\"/>");
            }

            start = point;
        }

        return P([.. runs]);
    }

    private static string RenderedParagraph(string paragraphXml)
    {
        var output = TestTemplates.Render(new TestDocx { Body = paragraphXml }, Globals);
        return Assert.Single(Docx.Open(output).ParagraphTexts);
    }

    [Theory]
    [InlineData("甲 {{~ w }} 丙", "甲乙 丙")]
    [InlineData("甲 {{ w ~}} 丙", "甲 乙丙")]
    [InlineData("甲\u3000 {{- w -}} \u00A0丙", "甲乙丙")]
    [InlineData("甲 {{~ v ~}} 丙", "甲 值 丙")]
    [InlineData("{{ w }} {{~ w }}", "乙乙")]
    [InlineData("甲 {{~ if c ~}} 是 {{~ end ~}} 丙", "甲是丙")]
    [InlineData("甲 {{~ for i in items ~}} {{ i }} {{~ end ~}} 丙", "甲一二丙")]
    [InlineData("甲 {{ x = 1 ~}}  丙", "甲 丙")]
    public void TrimsTheParagraphTextWhereverRunsAreSplit(string text, string expected)
    {
        Assert.Equal(expected, PlainScriban(text));
        for (var cut = 0; cut <= text.Length; cut++)
        {
            Assert.Equal(expected, RenderedParagraph(Split(text, [cut, cut + 1])));
        }
    }

    [Theory]
    [InlineData("<w:r><w:t xml:space=\"preserve\">甲 </w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\"> {{~ w }}</w:t></w:r>", "甲 \t乙")]
    [InlineData("<w:r><w:t xml:space=\"preserve\">甲 </w:t><w:br/><w:t xml:space=\"preserve\"> {{~ w }}</w:t></w:r>", "甲 乙")]
    public void TrimmingStopsAtVisibleMarkupAndNeverRemovesIt(string runs, string expected)
    {
        var output = TestTemplates.Render(new TestDocx { Body = "<w:p>" + runs + "</w:p>" }, Globals);

        using var document = Docx.Open(output);
        var paragraph = Assert.Single(document.Paragraphs);
        var text = string.Concat(paragraph.Descendants().Select(e => e switch
        {
            DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
            DocumentFormat.OpenXml.Wordprocessing.TabChar => "\t",
            _ => "",
        }));
        Assert.Equal(expected, text);
        Assert.Equal(runs.Contains("<w:br/>") ? 1 : 0, paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Break>().Count());
    }

    [Fact]
    public void TrimmingStaysInsideTheParagraph()
    {
        var output = TestTemplates.Render(new TestDocx { Body = Para("甲 ") + Para("{{- w -}}") + Para(" 丙") }, Globals);

        Assert.Equal(["甲 ", "乙", " 丙"], Docx.Open(output).ParagraphTexts);
    }

    private static readonly string[] Words = ["甲", "乙丙", "a", "，"];
    private static readonly string[] Spaces = [" ", "  ", "\u3000", "\u00A0", " \u3000 "];
    private static readonly string[] Values = ["{{ v }}", "{{ w }}", "{{ x = 2 }}"];

    private static Gen<string> Piece(int depth)
    {
        var leaf = Gen.OneOf(Gen.Elements(Words), Gen.Elements(Spaces), Gen.Elements(Values).SelectMany(Marked));
        if (depth == 0)
        {
            return leaf;
        }

        var block = from open in Gen.Elements("if c", "if d", "for i in items")
                    from openTag in Marked("{{ " + open + " }}")
                    from inner in Sequence(depth - 1)
                    from endTag in Marked("{{ end }}")
                    select openTag + inner + endTag;
        return Gen.Frequency((4, leaf), (1, block));
    }

    private static Gen<string> Sequence(int depth) =>
        Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Piece(depth), n)).Select(pieces => string.Concat(pieces));

    /// <summary>A tag with whitespace-control marks on neither, one or both sides.</summary>
    private static Gen<string> Marked(string tag) =>
        from left in Gen.Elements("", "~", "-")
        from right in Gen.Elements("", "~", "-")
        select "{{" + left + tag.Substring(2, tag.Length - 4) + right + "}}";

    /// <summary>A paragraph text, framed by words so that it is never a paragraph of block tags alone, and where to cut it into runs.</summary>
    public static Arbitrary<(string Text, int[] Cuts)> Paragraphs() =>
        (from inner in Sequence(2)
         let text = "起" + inner + "止"
         from cuts in Gen.ArrayOf(Gen.Choose(1, text.Length - 1), text.Length / 3)
         select (text, cuts)).ToArbitrary();

    /// <summary>The same paragraph text, cut into runs anywhere, renders to what Scriban makes of the text alone.</summary>
    [FsCheck.Xunit.Property(Arbitrary = [typeof(WhitespaceControlTests)], MaxTest = 200, Replay = Seed)]
    public void RandomRunSplitsRenderTheSameText((string Text, int[] Cuts) paragraph)
    {
        var expected = PlainScriban(paragraph.Text);

        Assert.Equal(expected, RenderedParagraph(Split(paragraph.Text, paragraph.Cuts)));
        Assert.Equal(expected, RenderedParagraph(Split(paragraph.Text, [])));
    }
}
