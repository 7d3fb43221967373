using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Minutes.Cli;

/// <summary>
/// Converts .docx to PDF or ODT (the government's ODF format) with LibreOffice, run headless
/// with a private profile per conversion so conversions can run in parallel.
/// </summary>
/// <remarks>
/// The documents name 標楷體 (DFKai-SB) and Times New Roman, the official types (《政府文書格式
/// 參考規範》: 楷書 for Chinese, Times New Roman for Latin and digits), which a Linux server
/// lacks. soffice runs with FONTCONFIG_FILE set, for its process alone, to the tool's own
/// fontconfig file (Resources/fonts.conf): it reads the system's and the user's settings and
/// adds rules that ask for AR PL UKai TW (Debian fonts-arphic-ukai) instead of 標楷體 and
/// Liberation Serif (fonts-liberation, metric-compatible) instead of Times New Roman. Nothing
/// of the user's font settings is changed.
/// </remarks>
internal static class DocumentConverter
{
    /// <summary>The Debian package that provides soffice.</summary>
    public const string DebianPackage = "libreoffice-writer";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The soffice program on PATH (soffice.exe on Windows, where LibreOffice's installer does not
    /// add itself to PATH, so its usual folders under Program Files are tried too), or null when
    /// LibreOffice is not installed.
    /// </summary>
    public static string? FindSoffice()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : new[] { "soffice", "libreoffice" };
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        if (OperatingSystem.IsWindows())
        {
            foreach (var programFiles in new[] { Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.ProgramFilesX86 })
            {
                var folder = Environment.GetFolderPath(programFiles);
                if (folder.Length > 0)
                {
                    folders.Add(Path.Combine(folder, "LibreOffice", "program"));
                }
            }
        }

        return folders.SelectMany(dir => names.Select(name => Path.Combine(dir, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>What to install for soffice on this system, in Chinese and English.</summary>
    public static (string Zh, string En) InstallHint() => OperatingSystem.IsWindows()
        ? ("請從 https://zh-tw.libreoffice.org/ 下載安裝 LibreOffice（安裝在預設位置即可），或直接用 Word 開啟 .docx 另存為 PDF",
           "install LibreOffice from https://www.libreoffice.org/ (the default folder is found), or open the .docx in Word and save it as PDF")
        : ($"請安裝 Debian 套件 {DebianPackage}（apt-get install {DebianPackage}）",
           $"install the Debian package {DebianPackage}");

    /// <summary>Converts <paramref name="docx"/> into <paramref name="format"/> (pdf or odt) and returns the bytes.</summary>
    public static byte[] Convert(string soffice, byte[] docx, string format)
    {
        var work = Directory.CreateTempSubdirectory("minutes-convert-");
        try
        {
            var input = Path.Combine(work.FullName, "document.docx");
            File.WriteAllBytes(input, docx);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (!OperatingSystem.IsWindows() && !OperatingSystem.IsMacOS())
            {
                // LibreOffice finds fonts through fontconfig only on Linux and the BSDs.
                start.Environment["FONTCONFIG_FILE"] = WriteFontConfig(work.FullName);
            }
            foreach (var argument in new[]
            {
                "-env:UserInstallation=" + new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri,
                "--headless", "--norestore", "--convert-to", format, "--outdir", work.FullName, input,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new ConversionException($"LibreOffice 轉檔逾時（{Timeout.TotalMinutes} 分鐘）", $"LibreOffice timed out after {Timeout.TotalMinutes} minutes");
            }

            var output = Path.Combine(work.FullName, "document." + format);
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                throw new ConversionException($"LibreOffice 無法轉成 {format}：{error.Result.Trim()}", $"LibreOffice could not convert to {format}: {error.Result.Trim()}");
            }

            return File.ReadAllBytes(output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Writes the tool's fontconfig file into <paramref name="folder"/> and returns its path.</summary>
    private static string WriteFontConfig(string folder)
    {
        var path = Path.Combine(folder, "fonts.conf");
        using var resource = typeof(DocumentConverter).Assembly.GetManifestResourceStream("fonts.conf")!;
        using var file = File.Create(path);
        resource.CopyTo(file);
        return path;
    }
}
