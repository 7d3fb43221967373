using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Minutes.Templating.Tests.TestSupport;
using Xunit.Abstractions;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>The built-in templates' output as LibreOffice prints it.</summary>
public sealed class BuiltInTemplatePdfTests : IClassFixture<RenderedExamples>
{
    /// <summary>
    /// The seed's own slips, corrected before comparing, so that our correct output does not
    /// count against us: an attribution typed before the full stop, and a stray full stop after one.
    /// </summary>
    private static readonly (string Seed, string Corrected)[] SeedTypos =
    [
        ("使用網路的風險(張松年委員)。", "使用網路的風險。(張松年委員)"),
        ("(沈念祖委員)。", "(沈念祖委員)"),
    ];

    /// <summary>The page footer 第 X 頁，共 Y 頁, which the seed's text (extracted without page furniture) lacks.</summary>
    private static readonly Regex PageFooter = new(@"第\d+頁,共\d+頁", RegexOptions.CultureInvariant);

    private readonly RenderedExamples _examples;
    private readonly ITestOutputHelper _output;

    public BuiltInTemplatePdfTests(RenderedExamples examples, ITestOutputHelper output)
    {
        _examples = examples;
        _output = output;
    }

    [Theory]
    [MemberData(nameof(RenderedExamples.PairData), MemberType = typeof(RenderedExamples))]
    public void LibreOffice_prints_a_non_blank_first_page(string template, string example)
    {
        var ink = OfficeTools.InkOnFirstPage(_examples.Pdf(template, example), dpi: 50);

        _output.WriteLine($"{template} × {example}: {ink:P2} of page 1 inked");
        Assert.InRange(ink, 0.005, 0.5);
    }

    [Fact]
    public void The_minutes_of_the_seed_example_read_as_the_seed()
    {
        var seed = Directory.GetFiles(Repository.Shared("seed"), "*.txt").Single();
        var expected = SeedTypos.Aggregate(
            TextSimilarity.Normalize(File.ReadAllText(seed)),
            (text, typo) => text.Replace(TextSimilarity.Normalize(typo.Seed), TextSimilarity.Normalize(typo.Corrected), StringComparison.Ordinal));
        var actual = PageFooter.Replace(TextSimilarity.Normalize(OfficeTools.PdfToText(_examples.Pdf("minutes", "yilan-2017.yaml"))), "");

        var ratio = TextSimilarity.Ratio(expected, actual);
        var missing = expected.Split('。', StringSplitOptions.RemoveEmptyEntries).Where(s => !actual.Contains(s, StringComparison.Ordinal)).ToList();

        _output.WriteLine($"similarity to the seed: {ratio:P2} ({expected.Length} characters expected, {actual.Length} printed)");
        Assert.True(ratio >= 0.99, $"similarity {ratio:P2} is below 99%:\n{actual}");
        Assert.True(missing.Count == 0, "seed sentences missing from the output:\n" + string.Join("\n", missing));
    }
}
