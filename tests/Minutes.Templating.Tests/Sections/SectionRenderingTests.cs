using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;
using Minutes.Templating.Sections;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Sections;

public class SectionRenderingTests
{
    private static readonly MinutesTemplate Minutes = MinutesTemplate.BuiltIn("minutes");

    private static string Render(string id, Dictionary<string, string?> values) =>
        Minutes.RenderSection(SectionCatalog.Find(id)!, values);

    /// <summary>Each paragraph as its properties' XML and its text.</summary>
    private static List<(string Properties, string Text)> Shapes(IEnumerable<Paragraph> paragraphs) =>
        paragraphs.Select(p => (p.ParagraphProperties?.OuterXml ?? "", Docx.TextOf(p))).ToList();

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void A_section_is_the_same_paragraphs_as_in_the_minutes_rendered_from_the_same_data(string id)
    {
        using var section = Docx.FromFlatOpc(Render(id, SectionSamples.Values(id)));
        var read = MeetingReader.Read(SectionSamples.Meeting, "meeting.yaml");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        using var minutes = Docx.Open(Minutes.RenderToBytes(read.Meeting!));

        var inserted = Shapes(section.Paragraphs);
        var whole = Shapes(minutes.Paragraphs);
        Assert.NotEmpty(inserted);
        var at = Enumerable.Range(0, whole.Count - inserted.Count + 1)
            .Where(i => whole.Skip(i).Take(inserted.Count).SequenceEqual(inserted))
            .ToList();
        Assert.True(at.Count == 1, $"the section's {inserted.Count} paragraphs are found {at.Count} times in the minutes:\n"
            + string.Join("\n", inserted.Select(p => p.Text + "  " + p.Properties)));
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void A_section_is_a_valid_package_with_the_text_sent_and_the_styles_it_uses(string id)
    {
        var ooxml = Render(id, SectionSamples.Values(id));

        Assert.StartsWith("<?mso-application progid=\"Word.Document\"?><pkg:package", ooxml);
        using var section = Docx.FromFlatOpc(ooxml);
        section.AssertValid();
        var text = string.Join("\n", section.ParagraphTexts);
        Assert.All(SectionSamples.ExpectedTexts(id), expected => Assert.True(text.Contains(expected, System.StringComparison.Ordinal), $"「{expected}」 not in:\n{text}"));
        Assert.DoesNotContain("bookmark", section.PartXml("word/document.xml"), System.StringComparison.Ordinal);
        var styles = section.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        var defined = styles.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        Assert.All(section.Paragraphs, p => Assert.Contains(p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, defined));
        Assert.NotNull(styles.DocDefaults);
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void A_document_with_the_section_inserted_is_valid(string id)
    {
        using var section = Docx.FromFlatOpc(Render(id, SectionSamples.Values(id)));
        var read = MeetingReader.Read(SectionSamples.Meeting, "meeting.yaml");
        using var buffer = new System.IO.MemoryStream();
        buffer.Write(Minutes.RenderToBytes(read.Meeting!));
        using (var minutes = WordprocessingDocument.Open(buffer, true))
        {
            var body = minutes.MainDocumentPart!.Document!.Body!;
            foreach (var block in section.MainDocumentPart.Document!.Body!.ChildElements)
            {
                body.InsertBefore(block.CloneNode(true), body.GetFirstChild<SectionProperties>());
            }

            minutes.MainDocumentPart.Document.Save();
        }

        Docx.AssertValid(buffer.ToArray());
    }

    [Theory]
    [InlineData("1", "案由一：")]
    [InlineData("3", "案由三：")]
    [InlineData("10", "案由十：")]
    [InlineData("12", "案由十二：")]
    [InlineData("１２", "案由十二：")] // full-width, as a Chinese input method types it
    public void The_number_continues_the_numbering_the_template_writes(string number, string heading)
    {
        var values = new Dictionary<string, string?> { ["number"] = number, ["subject"] = "甲案", ["resolution"] = "照辦。" };

        var texts = Docx.FromFlatOpc(Render(SectionKinds.Motion, values)).ParagraphTexts;

        Assert.Equal([heading + "\t", "甲案", "決議：照辦。"], texts);
    }

    [Theory]
    [InlineData("1", "15:00", "壹、散會：下午3時。")]
    [InlineData("11", "下午3時", "拾壹、\t散會：下午3時。")] // a label wider than two characters hangs out, with a tab to the text
    [InlineData("20", "09:05", "貳拾、\t散會：上午9時5分。")]
    [InlineData("２", "下午３時半", "貳、散會：下午3時30分。")]
    [InlineData("2", "08:30", "貳、散會：上午8時30分。")]
    public void Adjournment_is_numbered_as_the_next_heading(string number, string end, string expected)
    {
        var values = new Dictionary<string, string?> { ["number"] = number, ["end"] = end };

        Assert.Equal([expected], Docx.FromFlatOpc(Render(SectionKinds.Adjournment, values)).ParagraphTexts);
    }

    [Theory]
    [InlineData("歐陽明", "主任委員", "主席：歐陽主任委員明")]
    [InlineData("賴錫祿", "秘書長", "主席：賴秘書長錫祿")]
    public void Header_writes_the_chair_as_the_minutes_do(string name, string title, string expectedStart)
    {
        var values = SectionSamples.Values(SectionKinds.MeetingHeader);
        values["chair"] = name + " " + title;

        var texts = Docx.FromFlatOpc(Render(SectionKinds.MeetingHeader, values)).ParagraphTexts;

        Assert.Contains(texts, t => t.StartsWith(expectedStart, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("motion", "subject", null, "fields.subject", "missing-field")]
    [InlineData("motion", "number", "abc", "fields.number", "invalid-number")]
    [InlineData("motion", "number", "100", "fields.number", "invalid-number")]
    [InlineData("motion", "templatePath", "../../x.docx", "fields.templatePath", "unknown-field")]
    [InlineData("motion", "subject", "甲\u0007", "fields.subject", "invalid-character")]
    [InlineData("motion", "unit", "社會\u0001處", "fields.unit", "invalid-character")]
    [InlineData("motion", "proposer", "曾文杞委員長官", "fields.proposer", "wrong-type")]
    [InlineData("proposal", "votes.for", "十", "fields.votes.for", "wrong-type")]
    [InlineData("adjournment", "end", "下午兩點半", "fields.end", "invalid-time")]
    [InlineData("adjournment", "end", null, "fields.end", "required-field")]
    [InlineData("meeting-header", "date", "2017-02-30", "fields.date", "invalid-date")]
    [InlineData("meeting-header", "chair", "劉\n建宏", "fields.chair", "line-break")]
    [InlineData("meeting-header", "location", "　", "fields.location", "missing-field")]
    public void Bad_values_are_named_by_field_with_the_meeting_rules(string id, string field, string? value, string path, string rule)
    {
        var values = id switch
        {
            "motion" => new Dictionary<string, string?> { ["number"] = "3", ["subject"] = "甲案", ["resolution"] = "照辦。" },
            "proposal" => new Dictionary<string, string?> { ["number"] = "1", ["subject"] = "甲案" },
            "adjournment" => new Dictionary<string, string?> { ["number"] = "3", ["end"] = "15:00" },
            _ => SectionSamples.Values(id),
        };
        values[field] = value;

        var e = Assert.Throws<SectionInputException>(() => Render(id, values));

        var finding = Assert.Single(e.Diagnostics);
        Assert.Equal((path, rule), (finding.Path, finding.RuleId));
        Assert.NotNull(DiagnosticRules.Find(finding.RuleId));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", finding.MessageZh);
        Assert.NotEmpty(finding.MessageEn);
    }

    [Fact]
    public void Every_missing_field_is_named_at_once()
    {
        var e = Assert.Throws<SectionInputException>(() => Render(SectionKinds.Proposal, new() { ["number"] = "0", ["votes.for"] = "x", ["extra"] = "y" }));

        Assert.Equal(["fields.extra", "fields.number", "fields.subject", "fields.votes.for"], e.Diagnostics.Select(d => d.Path).Order());
        e = Assert.Throws<SectionInputException>(() => Render(SectionKinds.MeetingHeader, []));
        Assert.Equal(["fields.agency", "fields.date", "fields.location", "fields.name"],
            e.Diagnostics.Select(d => d.Path).Order());
    }

    [Fact]
    public void A_template_without_the_markers_is_named()
    {
        var notice = MinutesTemplate.BuiltIn("notice");

        var e = Assert.Throws<TemplateException>(() => notice.RenderSection(SectionCatalog.Find(SectionKinds.Proposal)!,
            new Dictionary<string, string?> { ["number"] = "1", ["subject"] = "甲案" }));

        Assert.Equal("section-marker", Assert.Single(e.Diagnostics).RuleId);
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void Rendering_is_repeatable(string id) =>
        Assert.Equal(Render(id, SectionSamples.Values(id)), Render(id, SectionSamples.Values(id)));
}
