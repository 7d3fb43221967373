using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Minutes.Templating.Tests.TestSupport;
using Xunit.Abstractions;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>
/// Published minutes of other bodies, each written as an example YAML of the same name and
/// rendered with the built-in minutes template: LibreOffice's PDF, read by pdftotext, must read
/// as the original (the seed test's method: white space removed, NFKC). The originals are
/// ../shared/examples/real-minutes/&lt;name&gt;.txt or BuiltIn/Data/real-minutes/&lt;name&gt;.txt;
/// their first line names the source. Add a row to <see cref="Examples"/> for each new one.
/// </summary>
public sealed class RealMinutesTests : IClassFixture<RenderedExamples>
{
    /// <summary>
    /// The originals' page furniture, which the comparison drops on both sides: page numbers as
    /// 「- 1 -」 lines in the extracted originals and our footer 第 X 頁，共 Y 頁.
    /// </summary>
    private static readonly Regex OriginalPageNumber = new(@"^\s*-\s*\d+\s*-\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex PageFooter = new(@"第\d+頁,共\d+頁", RegexOptions.CultureInvariant);

    private readonly RenderedExamples _examples;
    private readonly ITestOutputHelper _output;

    public RealMinutesTests(RenderedExamples examples, ITestOutputHelper output)
    {
        _examples = examples;
        _output = output;
    }

    public static TheoryData<string> Examples() =>
    [
        "taipei-urban-planning-commission-630",
    ];

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_rendered_example_reads_as_the_published_minutes(string name)
    {
        var expected = TextSimilarity.Normalize(OriginalPageNumber.Replace(WithoutSourceLine(File.ReadAllText(Original(name))), ""));
        var actual = PageFooter.Replace(TextSimilarity.Normalize(OfficeTools.PdfToText(_examples.Pdf("minutes", name + ".yaml"))), "");

        var ratio = TextSimilarity.Ratio(expected, actual);

        _output.WriteLine($"{name}: similarity {ratio:P2} ({expected.Length} characters in the original, {actual.Length} printed)");
        Assert.True(ratio >= 0.97, $"similarity {ratio:P2} is below 97%:\n{actual}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_rendered_example_is_valid(string name)
    {
        using var document = Docx.Open(RenderedExamples.Render("minutes", name + ".yaml"));

        Assert.Empty(document.ValidationErrors);
    }

    private static string Original(string name)
    {
        var shared = Repository.Shared("examples", "real-minutes", name + ".txt");
        return File.Exists(shared) ? shared : Path.Combine(Repository.Root, "tests", "Minutes.Templating.Tests", "BuiltIn", "Data", "real-minutes", name + ".txt");
    }

    /// <summary>The text without its first line, which names where it comes from.</summary>
    private static string WithoutSourceLine(string text) =>
        text.StartsWith("# source:", StringComparison.Ordinal) ? text.Substring(text.IndexOf('\n') + 1) : text;
}
