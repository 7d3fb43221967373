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
/// their first line names the source. Add a row to <see cref="Originals"/> for each new one.
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

    /// <summary>
    /// Each published original, the first words of its minutes (what comes before is the
    /// publishing site's page header, dropped; null when the text is the minutes alone), the
    /// first words after them (an attachment the published text begins and cuts off, dropped;
    /// null when the minutes run to the end), and the similarity its example must reach: the
    /// issue's 97%, or lower where the model cannot yet say what the original writes (each such
    /// row says what).
    /// </summary>
    public static TheoryData<string, string?, string?, double> Originals() => new()
    {
        { "taipei-urban-planning-commission-630", null, null, 0.97 },

        // The published text ends with the first line of 附件1, cut off: "(附件1) 第11屆第4會期教育及文化".
        { "legislative-education-culture-committee-11-4-1", null, "(附件1)", 0.97 },

        // The school's forms are its style's (一、 (一) (1), 決議：1., 106.5.12(五), PM1:30 …); what
        // still differs is listed in the example's header (the 一﹑ before the title, (一)、).
        { "kaohsiung-xinxing-elementary-lunch-committee-105-8", "一﹑高雄市新興國小", null, 0.97 },

        // A county council's 議事錄, one meeting of the session's book: its style chooses the
        // council's forms (no weekday, names spaced, 縣長林聰賢, the chair after the attendance,
        // 主席宣告開議 as an unnumbered line); the example's header lists what still differs (the
        // book's short heading (7)第 03 次會議, 甲、乙, zero-padded times).
        { "yilan-county-council-18-extraordinary-1-3", null, null, 0.97 },
    };

    public static TheoryData<string> Examples()
    {
        var names = new TheoryData<string>();
        foreach (var row in Originals())
        {
            names.Add((string)row[0]);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Originals))]
    public void The_rendered_example_reads_as_the_published_minutes(string name, string? firstWords, string? wordsAfter, double bar)
    {
        var original = WithoutSourceLine(File.ReadAllText(Original(name)));
        original = firstWords is null ? original : original.Substring(original.IndexOf(firstWords, StringComparison.Ordinal));
        original = wordsAfter is null ? original : original.Substring(0, original.LastIndexOf(wordsAfter, StringComparison.Ordinal));
        var expected = TextSimilarity.Normalize(OriginalPageNumber.Replace(original, ""));
        var actual = PageFooter.Replace(TextSimilarity.Normalize(OfficeTools.PdfToText(_examples.Pdf("minutes", name + ".yaml"))), "");

        var ratio = TextSimilarity.Ratio(expected, actual);

        _output.WriteLine($"{name}: similarity {ratio:P2} ({expected.Length} characters in the original, {actual.Length} printed)");
        Assert.True(ratio >= bar, $"similarity {ratio:P2} is below {bar:P0}:\n{actual}");
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
