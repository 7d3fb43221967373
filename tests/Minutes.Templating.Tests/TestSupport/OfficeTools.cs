using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Minutes.Templating.Tests.TestSupport;

/// <summary>
/// The external tools the template tests run: LibreOffice (.docx to PDF) and poppler
/// (pdftotext, pdftoppm, pdffonts). Every call gets its own LibreOffice profile so test runs can go in
/// parallel, and the CLI's own fontconfig file (src/Minutes.Cli/Resources/fonts.conf: 標楷體 to
/// AR PL UKai TW, Times New Roman to Liberation Serif), as <c>minutes render --format pdf</c> does.
/// </summary>
internal static class OfficeTools
{
    private const string Soffice = "/usr/bin/soffice";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Converts .docx files to PDF in one LibreOffice run; returns the PDFs in the same order.</summary>
    public static IReadOnlyList<string> ConvertToPdf(IReadOnlyList<string> docxFiles, string outputFolder)
    {
        Assert.True(File.Exists(Soffice), $"LibreOffice is not installed ({Soffice} is missing): run tests/setup.sh.");
        var profile = Path.Combine(Path.GetTempPath(), "minutes-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run(Soffice, ["--headless", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", outputFolder, .. docxFiles], FontConfig);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        var pdfs = docxFiles.Select(f => Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(f) + ".pdf")).ToList();
        foreach (var pdf in pdfs)
        {
            Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}");
        }

        return pdfs;
    }

    /// <summary>The fontconfig file the CLI gives LibreOffice.</summary>
    public static string FontConfig => Path.Combine(TestSupport.Repository.Root, "src", "Minutes.Cli", "Resources", "fonts.conf");

    /// <summary>The names of the fonts a PDF embeds or names, as pdffonts lists them (subset prefix removed).</summary>
    public static IReadOnlyList<string> PdfFonts(string pdf) =>
        Run("pdffonts", [pdf]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Select(name => name.Length > 7 && name[6] == '+' ? name[7..] : name)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The text of a PDF, in reading order.</summary>
    public static string PdfToText(string pdf) => Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]);

    /// <summary>The text of a PDF with its physical layout kept, so a table row is one line (pdftotext -layout).</summary>
    public static string PdfToLayoutText(string pdf) => Run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"]);

    /// <summary>Writes one page of a PDF as a PNG picture.</summary>
    public static void PageToPng(string pdf, int page, int dpi, string pngPath)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pngPath))!, Path.GetFileNameWithoutExtension(pngPath));
        Run("pdftoppm", ["-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", pdf, prefix]);
    }

    /// <summary>The share of pixels of page 1 that are not white, from a grey-scale rendering.</summary>
    public static double InkOnFirstPage(string pdf, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-page1");
        Run("pdftoppm", ["-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", pdf, prefix]);
        var pixels = ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
        return pixels.Count(p => p < 128) / (double)pixels.Length;
    }

    /// <summary>The pixels of a binary (P5) PGM picture with 8-bit samples.</summary>
    private static byte[] ReadPgm(byte[] file)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)file[position]) || file[position] == '#')
            {
                if (file[position] == '#')
                {
                    while (file[position] != '\n')
                    {
                        position++;
                    }
                }

                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(file, start, position - start);
        }

        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        position++;
        return file.AsSpan(position, width * height).ToArray();
    }

    private static string Run(string program, IReadOnlyList<string> arguments, string? fontConfig = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (fontConfig is not null)
        {
            start.Environment["FONTCONFIG_FILE"] = fontConfig;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} took longer than {Timeout}");
        }

        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }
}
