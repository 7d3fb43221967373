using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Sections;

namespace Minutes.Templating.Tests.Sections;

public class SectionInputValidatorTests
{
    private static IReadOnlyList<Diagnostic> Validate(string id, string field, string? value)
    {
        var values = SectionSamples.Values(id);
        values[field] = value;
        return SectionInputValidator.Validate(SectionCatalog.Find(id)!, values);
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public void Samples_are_valid(string id) =>
        Assert.Empty(SectionInputValidator.Validate(SectionCatalog.Find(id)!, SectionSamples.Values(id)));

    [Theory]
    [InlineData(SectionKinds.Motion, "subject", null, "required-field")]
    [InlineData(SectionKinds.Motion, "resolution", "  ", "required-field")]
    [InlineData(SectionKinds.Motion, "number", "0", "invalid-number")]
    [InlineData(SectionKinds.Motion, "number", "100", "invalid-number")]
    [InlineData(SectionKinds.Motion, "number", "三", "invalid-number")]
    [InlineData(SectionKinds.Motion, "number", "-1", "invalid-number")]
    [InlineData(SectionKinds.Proposal, "votesFor", "10000", "invalid-number")]
    [InlineData(SectionKinds.Adjournment, "time", "2:30 PM", "invalid-time")]
    [InlineData(SectionKinds.Adjournment, "time", "25:00", "invalid-time")]
    [InlineData(SectionKinds.MeetingHeader, "dateTime", "106年7月18日", "invalid-date-time")]
    [InlineData(SectionKinds.MeetingHeader, "chair", "賴錫祿 秘書長 兼 主委", "invalid-person")]
    [InlineData(SectionKinds.MeetingHeader, "title", "第一行\n第二行", "line-break")]
    [InlineData(SectionKinds.Report, "decision", "准予\u0001備查", "control-character")]
    [InlineData(SectionKinds.Report, "decision", "准予\uFFFF備查", "control-character")]
    public void Bad_values_are_reported_with_the_field_path(string id, string field, string? value, string ruleId)
    {
        var error = Assert.Single(Validate(id, field, value));

        Assert.Equal(ruleId, error.RuleId);
        Assert.Equal("fields." + field, error.Path);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.NotEmpty(error.MessageZh);
        Assert.NotEmpty(error.MessageEn);
    }

    [Fact]
    public void Lone_surrogates_are_reported()
    {
        // Built at run time: an attribute argument cannot carry a lone surrogate.
        var error = Assert.Single(Validate(SectionKinds.Report, "decision", "准予" + (char)0xD800 + "備查"));

        Assert.Equal(("control-character", "fields.decision"), (error.RuleId, error.Path));
    }

    [Fact]
    public void Unknown_fields_are_reported()
    {
        var error = Assert.Single(Validate(SectionKinds.Adjournment, "templatePath", "../x.docx"));

        Assert.Equal(("unknown-field", "fields.templatePath"), (error.RuleId, error.Path));
    }

    [Fact]
    public void Overlong_values_are_reported()
    {
        var error = Assert.Single(Validate(SectionKinds.Report, "content", new string('字', SectionInputValidator.MaxFieldLength + 1)));

        Assert.Equal("field-too-long", error.RuleId);
    }

    [Theory]
    [InlineData("emoji 😀 與 𠮷")]
    [InlineData("<&>\"'")]
    [InlineData("tab\tand\r\nCRLF")]
    public void Writable_text_is_accepted(string text) =>
        Assert.Empty(Validate(SectionKinds.Report, "content", text));

    [Fact]
    public void Every_missing_required_field_is_reported_at_once()
    {
        var errors = SectionInputValidator.Validate(SectionCatalog.Find(SectionKinds.Proposal)!, new Dictionary<string, string?>());

        Assert.Equal(["fields.number", "fields.resolution", "fields.subject"], errors.Select(e => e.Path).Order());
    }
}
