using System;
using System.Linq;
using Xunit.Abstractions;

using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>
/// The official types in PDF: 楷書 for Chinese, Times New Roman (or a metric twin) for Latin and
/// digits (《政府文書格式參考規範》), which LibreOffice on Linux gets through the CLI's fontconfig file.
/// </summary>
public sealed class PdfFontTests : IClassFixture<RenderedExamples>
{
    private readonly RenderedExamples _examples;
    private readonly ITestOutputHelper _output;

    public PdfFontTests(RenderedExamples examples, ITestOutputHelper output)
    {
        _examples = examples;
        _output = output;
    }

    [Theory]
    [InlineData("minutes")]
    [InlineData("notice")]
    public void The_seed_prints_in_a_taiwanese_kai_and_a_times_compatible_serif_and_no_sans_serif_cjk(string template)
    {
        var fonts = OfficeTools.PdfFonts(_examples.Pdf(template, "yilan-2017.yaml"));

        _output.WriteLine(string.Join("\n", fonts));
        Assert.Contains(fonts, f => f.Contains("UKai", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fonts, f => f.StartsWith("LiberationSerif", StringComparison.Ordinal));
        Assert.DoesNotContain(fonts, f => f.Contains("Sans", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(fonts, f => f.Contains("CJK", StringComparison.OrdinalIgnoreCase));
    }
}
