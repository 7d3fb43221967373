using System.IO;
using System.IO.Compression;
using System.Text;

namespace Minutes.Cli.Tests;

/// <summary>
/// <c>--format</c> follows the output file's extension when not given, and a --format that
/// contradicts the extension is a usage error: never a Word file named .pdf.
/// </summary>
public class RenderFormatTests
{
    private const string NoLibreOffice = "/nonexistent";

    [Fact]
    public void A_pdf_output_name_makes_a_pdf()
    {
        using var folder = new TempFolder();

        var result = Tool.Run(folder.Path, "render", Tool.Example("yilan-2017.yaml"), "-o", "out.pdf");

        Assert.True(result.ExitCode == 0, result.ToString());
        var head = new byte[5];
        using (var pdf = File.OpenRead(folder.File("out.pdf")))
        {
            pdf.ReadExactly(head);
        }

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(head));
    }

    [Theory]
    [InlineData("out.pdf", "pdf")]
    [InlineData("OUT.PDF", "pdf")]
    [InlineData("out.odt", "odt")]
    public void The_extension_chooses_the_format_and_pdf_or_odt_needs_libreoffice(string output, string format)
    {
        using var folder = new TempFolder();

        var result = Tool.RunWith(folder.Path, null, NoLibreOffice, "render", Tool.Example("yilan-2017.yaml"), "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"輸出 {format} 需要 LibreOffice", result.Error);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("out.docx")]
    [InlineData("out.DOCX")]
    [InlineData("out")]
    public void A_docx_or_extensionless_output_name_makes_a_word_document(string output)
    {
        using var folder = new TempFolder();

        var result = Tool.RunWith(folder.Path, null, NoLibreOffice, "render", Tool.Example("yilan-2017.yaml"), "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(folder.File(output));
        Assert.NotNull(zip.GetEntry("word/document.xml"));
    }

    [Theory]
    [InlineData("out.pdf", "docx")]
    [InlineData("out.docx", "pdf")]
    [InlineData("out.odt", "pdf")]
    public void A_format_contradicting_the_extension_is_a_usage_error(string output, string format)
    {
        using var folder = new TempFolder();

        var result = Tool.Run(folder.Path, "render", Tool.Example("yilan-2017.yaml"), "-o", output, "--format", format);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{output}: 輸出檔的副檔名是 .{Path.GetExtension(output).TrimStart('.')}，但 --format 指定為 {format}", result.Error);
        Assert.Contains("(usage error: the output file ends in", result.Error);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("out.doc")]
    [InlineData("out.txt")]
    [InlineData("minutes.yaml.bak")]
    public void An_output_extension_of_another_format_is_a_usage_error(string output)
    {
        using var folder = new TempFolder();

        var result = Tool.Run(folder.Path, "render", Tool.Example("yilan-2017.yaml"), "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{output}: 輸出檔的副檔名 {Path.GetExtension(output)} 不是本工具能寫的格式；請改為 .docx（Word）、.pdf 或 .odt", result.Error);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_matching_format_is_accepted()
    {
        using var folder = new TempFolder();

        var result = Tool.Run(folder.Path, "render", Tool.Example("yilan-2017.yaml"), "-o", "out.docx", "--format", "docx");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(folder.File("out.docx")));
    }

    [Fact]
    public void A_folder_output_keeps_using_format_with_docx_by_default()
    {
        using var folder = new TempFolder();

        var plain = Tool.RunWith(folder.Path, null, NoLibreOffice, "render", Tool.Example("yilan-2017.yaml"), "-o", "out/");
        var pdf = Tool.RunWith(folder.Path, null, NoLibreOffice, "render", Tool.Example("yilan-2017.yaml"), "-o", "pdf/", "--format", "pdf");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "yilan-2017.docx")));
        Assert.Equal(1, pdf.ExitCode);
        Assert.Contains("輸出 pdf 需要 LibreOffice", pdf.Error);
    }
}
