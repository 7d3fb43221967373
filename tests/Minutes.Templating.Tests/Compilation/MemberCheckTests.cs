using System;
using System.IO;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Compilation;

/// <summary>Issue 19, kind 7: member names are checked against the model's types when the template is compiled, whatever the data.</summary>
public sealed class MemberCheckTests
{
    private static MinutesTemplate Compile(string body) =>
        MinutesTemplate.Compile(new MemoryStream(new TestDocx { Body = body }.Build()), "t.docx");

    [Theory]
    [InlineData("{{ meeting.chair.nmae }}", "nmae", "Person")]
    [InlineData("{{ meeting.locaton }}", "locaton", "Meeting")]
    [InlineData("主席：{{ meeting.chair.titel }}", "titel", "Person")]
    [InlineData("{{ if meeting.chair.nmae }}有{{ end }}", "nmae", "Person")]
    [InlineData("{{ meeting.style.fontt }}", "fontt", "DocumentStyle")]
    public void MisspeltMembersAreCompileErrors(string paragraph, string name, string type)
    {
        var error = Assert.Throws<TemplateException>(() => Compile(Para(paragraph)));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Contains($"{type} has no member '{name}'", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Equal("t.docx/body", diagnostic.Location!.Value.File);
    }

    [Fact]
    public void LoopVariablesAreCheckedAgainstTheElementType()
    {
        var error = Assert.Throws<TemplateException>(() => Compile(Para("{{ for a in meeting.attachments }}") + Para("{{ a.titel }}") + Para("{{ end }}")));

        Assert.Contains("Attachment has no member 'titel'", Assert.Single(error.Diagnostics).MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ meeting.recorder[0].name }}{{ meeting.chair.title }}{{ meeting.location }}")]
    [InlineData("{{ for a in meeting.attachments }}{{ a.title }}{{ for.index + 1 }}{{ end }}")]
    [InlineData("{{ meeting.attachments.size }}")]
    [InlineData("{{ for s in meeting.sections }}{{ s.anything_a_subclass_has }}{{ end }}")]
    [InlineData("{{ x = meeting.chair; x.name }}")]
    [InlineData("{{ meeting.date.year }}")]
    public void KnownMembersAndUncheckedShapesCompile(string paragraph) => Assert.NotNull(Compile(Para(paragraph)));

    [Theory]
    [InlineData("null-member-strictness")]
    [InlineData("null-member-strictness/variant-with-recorder")]
    public void EngineCaseIsRefusedWhateverTheData(string name)
    {
        var error = Assert.Throws<TemplateException>(() => EngineCase.Render(name));

        // meeting.recorder is a list of people (several recorders), so the misspelt member is
        // refused on the list, whether or not the data names a recorder.
        Assert.Contains("unknown member 'nmae'", Assert.Single(error.Diagnostics).MessageEn, StringComparison.Ordinal);
    }
}
