using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes.Templating.Sections;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Sections;

public class SectionOoxmlRendererTests
{
    private static string Render(string id, Dictionary<string, string?> values) =>
        SectionOoxmlRenderer.Render(SectionCatalog.Find(id)!, values);

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void Every_section_kind_renders_a_valid_package(string id)
    {
        var ooxml = Render(id, SectionSamples.Values(id));

        Assert.StartsWith("<?mso-application progid=\"Word.Document\"?>", ooxml);
        Assert.Contains("<pkg:package", ooxml);
        using var document = Docx.FromFlatOpc(ooxml);
        Assert.Empty(document.ValidationErrors);
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void Every_section_kind_contains_the_text_sent(string id)
    {
        var text = string.Join("\n", Docx.FromFlatOpc(Render(id, SectionSamples.Values(id))).ParagraphTexts);

        Assert.All(SectionSamples.ExpectedTexts(id), expected => Assert.Contains(expected, text));
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void Every_run_carries_the_official_fonts_size_and_language(string id)
    {
        using var document = Docx.FromFlatOpc(Render(id, SectionSamples.Values(id)));
        var runs = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();

        Assert.NotEmpty(runs);
        Assert.All(runs, run =>
        {
            var properties = run.RunProperties!;
            Assert.Equal("標楷體", properties.RunFonts!.EastAsia!.Value);
            Assert.Equal("Times New Roman", properties.RunFonts.Ascii!.Value);
            Assert.Equal("Times New Roman", properties.RunFonts.HighAnsi!.Value);
            Assert.Equal("zh-TW", properties.Languages!.EastAsia!.Value);
            Assert.True(properties.FontSize!.Val!.Value is "28" or "40");
        });
        Assert.All(document.Paragraphs, paragraph => Assert.NotNull(paragraph.ParagraphProperties!.Kinsoku));
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void Rendering_is_repeatable(string id) =>
        Assert.Equal(Render(id, SectionSamples.Values(id)), Render(id, SectionSamples.Values(id)));

    [Fact]
    public void Package_has_the_relationships_and_main_document_parts()
    {
        var ooxml = Render(SectionKinds.Adjournment, SectionSamples.Values(SectionKinds.Adjournment));

        Assert.Contains("pkg:name=\"/_rels/.rels\"", ooxml);
        Assert.Contains("pkg:name=\"/word/document.xml\"", ooxml);
        Assert.Contains("<pkg:xmlData>", ooxml);
    }

    [Theory]
    [InlineData("1", "案由一：")]
    [InlineData("3", "案由三：")]
    [InlineData("10", "案由十：")]
    [InlineData("12", "案由十二：")]
    public void Motion_number_continues_numbering_as_text(string number, string heading)
    {
        var values = SectionSamples.Values(SectionKinds.Motion);
        values["number"] = number;

        var first = Docx.FromFlatOpc(Render(SectionKinds.Motion, values)).ParagraphTexts[0];

        Assert.Equal(heading + "\t曾委員文杞提案", first);
    }

    [Fact]
    public void Motion_moved_by_a_unit_names_the_unit()
    {
        var values = SectionSamples.Values(SectionKinds.Motion);
        values["proposer"] = null;
        values["unit"] = "社會處";

        Assert.Equal("案由三：\t社會處提案", Docx.FromFlatOpc(Render(SectionKinds.Motion, values)).ParagraphTexts[0]);
    }

    [Theory]
    [InlineData("歐陽明 委員", "（一）內容（歐陽明委員）")]
    [InlineData("黃淑鈴", "（一）內容（黃淑鈴）")]
    public void Suggestion_names_the_member_after_the_text(string member, string expected)
    {
        var values = new Dictionary<string, string?> { ["number"] = "1", ["content"] = "內容", ["member"] = member };

        Assert.Equal([expected], Docx.FromFlatOpc(Render(SectionKinds.Suggestion, values)).ParagraphTexts);
    }

    [Theory]
    [InlineData("歐陽明 主任委員", "主席：歐陽主任委員明")]
    [InlineData("賴錫祿 秘書長", "主席：賴秘書長錫祿\t紀錄：鄭蕙萱")]
    public void Header_writes_the_chair_as_surname_title_given_name(string chair, string expectedStart)
    {
        var values = SectionSamples.Values(SectionKinds.MeetingHeader);
        values["chair"] = chair;

        var chairLine = Docx.FromFlatOpc(Render(SectionKinds.MeetingHeader, values)).ParagraphTexts
            .Single(line => line.StartsWith("主席：", System.StringComparison.Ordinal));

        Assert.StartsWith(expectedStart, chairLine);
    }

    [Theory]
    [InlineData(null, "14:30", "散會：下午2時30分。")]
    [InlineData("11", "15:00", "拾壹、散會：下午3時。")]
    [InlineData("20", "09:05", "貳拾、散會：上午9時5分。")]
    [InlineData("1", "12:10", "壹、散會：中午12時10分。")]
    public void Adjournment_writes_the_roc_clock(string? number, string time, string expected)
    {
        var values = new Dictionary<string, string?> { ["number"] = number, ["time"] = time };

        Assert.Equal([expected], Docx.FromFlatOpc(Render(SectionKinds.Adjournment, values)).ParagraphTexts);
    }

    [Fact]
    public void Single_instruction_stays_on_the_heading_line()
    {
        var values = new Dictionary<string, string?> { ["instructions"] = "照辦。" };

        Assert.Equal(["主席裁示：照辦。"], Docx.FromFlatOpc(Render(SectionKinds.ChairInstructions, values)).ParagraphTexts);
    }

    [Fact]
    public void Lines_the_clerk_labelled_keep_their_labels()
    {
        var values = new Dictionary<string, string?> { ["instructions"] = "一、甲。\n（二）乙。" };

        var texts = Docx.FromFlatOpc(Render(SectionKinds.ChairInstructions, values)).ParagraphTexts;

        Assert.Equal(["主席裁示：", "一、甲。", "（二）乙。"], texts);
    }

    [Fact]
    public void Label_hangs_so_wrapped_lines_align_after_it()
    {
        using var document = Docx.FromFlatOpc(Render(SectionKinds.Report, SectionSamples.Values(SectionKinds.Report)));
        var indents = document.Paragraphs.Select(p => p.ParagraphProperties!.Indentation!).ToList();

        // 二、 starts one character in and hangs two; the body and 決定： start after 二、.
        Assert.Equal(("840", "560"), (indents[0].Left!.Value, indents[0].Hanging!.Value));
        Assert.Equal(("840", "0"), (indents[1].Left!.Value, indents[1].Hanging!.Value));
        Assert.Equal(("1680", "840"), (indents[2].Left!.Value, indents[2].Hanging!.Value));
    }

    [Fact]
    public void Header_puts_the_recorder_at_a_tab_stop()
    {
        using var document = Docx.FromFlatOpc(Render(SectionKinds.MeetingHeader, SectionSamples.Values(SectionKinds.MeetingHeader)));
        var chairLine = document.Paragraphs.Single(p => p.InnerText.StartsWith("主席：", System.StringComparison.Ordinal));

        var tab = Assert.Single(chairLine.ParagraphProperties!.Tabs!.Elements<TabStop>());
        Assert.Equal(5600, tab.Position!.Value);
        Assert.Single(chairLine.Descendants<TabChar>());
    }

    [Fact]
    public void Invalid_values_throw_with_the_field_named()
    {
        var values = SectionSamples.Values(SectionKinds.Motion);
        values["number"] = "abc";

        var exception = Assert.Throws<SectionInputException>(() => Render(SectionKinds.Motion, values));

        Assert.Equal("fields.number", Assert.Single(exception.Diagnostics).Path);
    }
}
