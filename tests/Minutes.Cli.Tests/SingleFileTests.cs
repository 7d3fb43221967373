using Minutes.Templating.Tests.TestSupport;
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Minutes.Cli.Tests;

/// <summary>
/// The self-contained single-file <c>minutes</c> for linux-x64 (scripts/publish-cli.sh), run as
/// a county office runs it: from an empty folder, with no .NET on PATH and no DOTNET_ROOT.
/// </summary>
public sealed class SingleFileTests(SingleFileBuild build) : IClassFixture<SingleFileBuild>
{
    [Fact]
    public void The_single_file_tool_renders_the_seed_from_an_empty_folder_without_dotnet()
    {
        using var work = new TempFolder();
        using var home = new TempFolder();
        var input = Tool.Example("yilan-2017.yaml");

        var version = build.Run(work.Path, home.Path, "--version");
        var render = build.Run(work.Path, home.Path, "render", input, "-o", "minutes.docx");
        var mismatch = build.Run(work.Path, home.Path, "render", input, "-o", "minutes.pdf", "--format", "docx");

        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output);
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Equal(new[] { "minutes.docx" }, Directory.GetFiles(work.Path).Select(Path.GetFileName));
        using (var document = Docx.Open(File.ReadAllBytes(Path.Combine(work.Path, "minutes.docx"))))
        {
            Assert.Contains("賴秘書長錫祿", document.MainDocumentPart.Document!.InnerText);
        }

        // Chinese messages come out as UTF-8 with no runtime around.
        Assert.Equal(2, mismatch.ExitCode);
        Assert.Contains("輸出檔的副檔名是 .pdf", mismatch.Error);
    }
}

/// <summary>
/// Publishes the linux-x64 single file once per test run into a temporary folder (its own
/// artifacts path, so the build the tests run from is untouched), or uses the file named by
/// MINUTES_SINGLE_FILE (such as artifacts/cli/linux-x64/minutes) when set.
/// </summary>
public sealed class SingleFileBuild : IDisposable
{
    private readonly string? _temporary;

    public SingleFileBuild()
    {
        var given = Environment.GetEnvironmentVariable("MINUTES_SINGLE_FILE");
        if (!string.IsNullOrEmpty(given))
        {
            Executable = Path.GetFullPath(given);
            return;
        }

        _temporary = Directory.CreateTempSubdirectory("minutes-single-file-").FullName;
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Tool.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Tool.RepositoryRoot, "scripts", "publish-cli.sh"));
        start.ArgumentList.Add("linux-x64");
        start.Environment["MINUTES_PUBLISH_DIR"] = Path.Combine(_temporary, "cli");
        start.Environment["MINUTES_BUILD_DIR"] = Path.Combine(_temporary, "build");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(900_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("scripts/publish-cli.sh linux-x64");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/publish-cli.sh linux-x64 failed (exit {process.ExitCode}):\n{output}\n{error.Result}");
        }

        Executable = Path.Combine(_temporary, "cli", "linux-x64", "minutes");
    }

    public string Executable { get; }

    /// <summary>Runs the single file with an environment holding no trace of .NET.</summary>
    internal ToolResult Run(string workingDirectory, string home, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        var bin = Directory.CreateDirectory(Path.Combine(home, "bin")).FullName;
        start.Environment["PATH"] = bin;
        start.Environment["HOME"] = home;
        start.Environment["TMPDIR"] = Path.GetTempPath();
        start.Environment["LANG"] = "C.UTF-8";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("minutes " + string.Join(" ", arguments));
        }

        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }

    public void Dispose()
    {
        if (_temporary is not null)
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }
}
