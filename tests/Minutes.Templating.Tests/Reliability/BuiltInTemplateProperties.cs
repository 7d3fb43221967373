using System.IO;
using System.Linq;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>
/// Properties every built-in template must hold for any meeting: the document passes
/// OpenXmlValidator with zero errors, leaves no line break (w:br) in a justified paragraph
/// (LibreOffice and Word would stretch the line before it across the page), shows every field the template carries (see
/// <see cref="ExpectedTexts"/>), and gives back an equal meeting when extracted. One class per
/// template, so the three run in parallel.
/// </summary>
public abstract class BuiltInTemplateProperties
{
    /// <summary>The fixed seed: the same 500 meetings every run. FsCheck prints the seed of a failure to replay it.</summary>
    internal const string Seed = "(20171018,1140601)";

    /// <summary>The built-in template under test.</summary>
    protected abstract string Template { get; }

    /// <summary>Renders the meeting and checks validity, text and the embedded data.</summary>
    /// <param name="meeting">A generated meeting.</param>
    [FsCheck.Xunit.Property(Arbitrary = [typeof(MeetingGenerators)], MaxTest = 500, Replay = Seed)]
    public void RendersValidCompleteAndExtractable(Meeting meeting)
    {
        var docx = MinutesTemplate.BuiltIn(Template).RenderToBytes(meeting);

        using var document = Docx.Open(docx);
        var errors = document.ValidationErrors;
        Assert.True(errors.Count == 0, "OpenXmlValidator errors:\n" + string.Join("\n", errors.Take(20)));

        var stretched = document.JustifiedParagraphsWithBreaks;
        Assert.True(stretched.Count == 0, "justified paragraphs holding a line break:\n" + string.Join("\n---\n", stretched.Take(5)));

        var text = document.Text;
        var missing = ExpectedTexts.For(Template, meeting)
            .Where(field => !text.Contains(ExpectedTexts.Flatten(field.Text), System.StringComparison.Ordinal))
            .Select(field => field.Path)
            .ToList();
        Assert.True(missing.Count == 0, "fields missing from the document text: " + string.Join(", ", missing));

        var extracted = MinutesTemplate.Extract(new MemoryStream(docx));
        Assert.Equal(meeting, extracted);
    }
}
