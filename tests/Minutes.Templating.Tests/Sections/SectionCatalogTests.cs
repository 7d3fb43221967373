using System.Linq;
using Minutes.Templating.Sections;

namespace Minutes.Templating.Tests.Sections;

public class SectionCatalogTests
{
    [Fact]
    public void Catalog_has_the_seven_section_kinds_once_each()
    {
        Assert.Equal(
            [SectionKinds.MeetingHeader, SectionKinds.Report, SectionKinds.Suggestion, SectionKinds.Proposal, SectionKinds.Motion, SectionKinds.ChairInstructions, SectionKinds.Adjournment],
            SectionCatalog.All.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void Fields_have_unique_ids_and_chinese_labels(string id)
    {
        var definition = SectionCatalog.Find(id)!;

        Assert.Equal(definition.Fields.Count, definition.Fields.Select(f => f.Id).Distinct().Count());
        Assert.All(definition.Fields, field => Assert.Matches(@"^[\p{IsCJKUnifiedIdeographs}（）：、，]+$", field.Label));
        Assert.Contains(definition.Fields, field => field.Required);
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", definition.Label);
    }

    [Theory]
    [InlineData(SectionKinds.Proposal, "subject", "案由", SectionFieldKind.Text, true)]
    [InlineData(SectionKinds.Proposal, "explanation", "說明", SectionFieldKind.Multiline, false)]
    [InlineData(SectionKinds.Proposal, "resolution", "決議：一段文字或條列項目", SectionFieldKind.Multiline, false)]
    [InlineData(SectionKinds.Proposal, "riderResolution", "附帶決議", SectionFieldKind.Multiline, false)]
    [InlineData(SectionKinds.Proposal, "votes.for", "表決結果：贊成票數", SectionFieldKind.Number, false)]
    [InlineData(SectionKinds.Motion, "proposer", "提案人", SectionFieldKind.Person, false)]
    [InlineData(SectionKinds.Motion, "seconders", "附議人", SectionFieldKind.Multiline, false)]
    [InlineData(SectionKinds.Report, "subject", "案由（以案由、說明、決定方式報告時）", SectionFieldKind.Text, false)]
    [InlineData(SectionKinds.Suggestion, "response", "回應：一段文字或條列項目", SectionFieldKind.Multiline, false)]
    [InlineData(SectionKinds.Suggestion, "ruling", "主席裁示：一段文字或條列項目", SectionFieldKind.Multiline, false)]
    [InlineData(SectionKinds.MeetingHeader, "chair", "主席", SectionFieldKind.Person, false)]
    [InlineData(SectionKinds.MeetingHeader, "recorder", "紀錄人員（可多人，各附職稱）", SectionFieldKind.Multiline, false)]
    [InlineData(SectionKinds.MeetingHeader, "attendance.note", "出席、列席與請假：說明文字", SectionFieldKind.Text, false)]
    [InlineData(SectionKinds.MeetingHeader, "date", "開會日期", SectionFieldKind.Date, true)]
    [InlineData(SectionKinds.MeetingHeader, "start", "開始時間", SectionFieldKind.Time, false)]
    [InlineData(SectionKinds.Adjournment, "end", "散會時間", SectionFieldKind.Time, true)]
    public void Fields_are_the_model_s_properties_with_its_descriptions(string id, string field, string label, SectionFieldKind kind, bool required)
    {
        var found = SectionCatalog.Find(id)!.Fields.Single(f => f.Id == field);

        Assert.Equal((label, kind, required), (found.Label, found.Kind, found.Required));
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void Numbered_sections_have_a_number_field_first(string id)
    {
        var definition = SectionCatalog.Find(id)!;
        var number = definition.Fields.SingleOrDefault(f => f.Id == "number");

        Assert.Equal(definition.Numbering != SectionNumbering.None, number is not null);
        if (number is not null)
        {
            Assert.Same(number, definition.Fields[0]);
            Assert.Equal((SectionFieldKind.Number, true, 1, 99), (number.Kind, number.Required, number.Minimum, number.Maximum));
        }
    }

    [Theory]
    [InlineData("Motion")]
    [InlineData("../motion")]
    [InlineData("")]
    public void Unknown_ids_are_not_found(string id) => Assert.Null(SectionCatalog.Find(id));
}
