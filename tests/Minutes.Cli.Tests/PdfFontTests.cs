using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Minutes.Cli.Tests;

/// <summary>
/// <c>minutes render --format pdf</c> prints in the official types' stand-ins: AR PL UKai TW for
/// 標楷體 and Liberation Serif for Times New Roman, through the tool's own fontconfig file.
/// </summary>
public sealed class PdfFontTests
{
    [Fact]
    public void A_pdf_names_a_taiwanese_kai_and_liberation_serif_and_no_sans_serif_cjk()
    {
        using var folder = new TempFolder();

        var result = Tool.Run(folder.Path, "render", Tool.Example("yilan-2017.yaml"), "--format", "pdf", "-o", "minutes.pdf");

        Assert.True(result.ExitCode == 0, result.Error);
        var fonts = PdfFonts(folder.File("minutes.pdf"));
        Assert.Contains(fonts, f => f.Contains("UKai", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fonts, f => f.StartsWith("LiberationSerif", StringComparison.Ordinal));
        Assert.DoesNotContain(fonts, f => f.Contains("Sans", StringComparison.OrdinalIgnoreCase) || f.Contains("CJK", StringComparison.OrdinalIgnoreCase));
    }

    private static string[] PdfFonts(string pdf)
    {
        var start = new ProcessStartInfo("pdffonts") { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(pdf);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Select(name => name.Length > 7 && name[6] == '+' ? name[7..] : name)
            .ToArray();
    }
}
