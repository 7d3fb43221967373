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
    public void Fields_have_unique_ids_chinese_labels_and_hints(string id)
    {
        var definition = SectionCatalog.Find(id)!;

        Assert.Equal(definition.Fields.Count, definition.Fields.Select(f => f.Id).Distinct().Count());
        Assert.All(definition.Fields, field =>
        {
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", field.Label);
            Assert.NotEmpty(field.Hint);
        });
        Assert.Contains(definition.Fields, field => field.Required);
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void Numbered_sections_have_a_number_field(string id)
    {
        var definition = SectionCatalog.Find(id)!;
        var number = definition.Fields.SingleOrDefault(f => f.Id == "number");

        Assert.Equal(definition.Numbering != SectionNumbering.None, number is not null);
        if (number is not null)
        {
            Assert.Equal((SectionFieldKind.Number, 1, 99), (number.Kind, number.Minimum, number.Maximum));
        }
    }

    [Theory]
    [InlineData("Motion")]
    [InlineData("../motion")]
    [InlineData("")]
    public void Unknown_ids_are_not_found(string id) => Assert.Null(SectionCatalog.Find(id));
}
