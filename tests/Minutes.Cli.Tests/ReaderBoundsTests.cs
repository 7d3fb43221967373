using System;
using System.Diagnostics;
using System.IO;

namespace Minutes.Cli.Tests;

/// <summary>
/// Every reader is bounded before it reads: a FIFO as meeting file or template is refused
/// without waiting for a writer, a device that never ends and an endless standard input stop
/// at the size limit. Each within the tool's 3-minute guard (a hang fails the test).
/// </summary>
public sealed class ReaderBoundsTests
{
    [Fact]
    public void A_fifo_as_meeting_file_or_template_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        MakeFifo(folder.File("fifo.yaml"));
        MakeFifo(folder.File("fifo.docx"));
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));

        var input = Tool.Run(folder.Path, "render", "fifo.yaml", "-o", "o.docx");
        var template = Tool.Run(folder.Path, "render", "m.yaml", "-t", "fifo.docx", "-o", "o.docx");

        Assert.True(input.ExitCode == 1, input.ToString());
        Assert.Contains("fifo.yaml: error unreadable-file: 這不是一般檔案", input.Error);
        Assert.Contains("not a regular file (a FIFO or a device)", input.Error);
        Assert.True(template.ExitCode == 1, template.ToString());
        Assert.Contains("the template is not a regular file", template.Error);
        Assert.False(File.Exists(folder.File("o.docx")));
    }

    [Fact]
    public void A_fifo_folder_or_missing_file_given_to_extract_or_next_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        MakeFifo(folder.File("fifo.docx"));
        Directory.CreateDirectory(folder.File("folder.docx"));

        var extract = Tool.Run(folder.Path, "extract", "fifo.docx");
        var next = Tool.Run(folder.Path, "next", "fifo.docx", "--date", "115-01-01", "-o", "n.yaml");
        var directory = Tool.Run(folder.Path, "extract", "folder.docx");
        var missing = Tool.Run(folder.Path, "extract", "nosuch.docx");

        Assert.True(extract.ExitCode == 1, extract.ToString());
        Assert.Contains("fifo.docx: error template-package: 不是一般檔案（具名管道 FIFO 或裝置）", extract.Error);
        Assert.True(next.ExitCode == 1, next.ToString());
        Assert.Contains("not a regular file (a FIFO or a device)", next.Error);
        Assert.Contains("folder.docx: error template-package: 這是資料夾，不是 .docx 文件", directory.Error);
        Assert.Contains("nosuch.docx: error template-package: 找不到這個檔案 (no such file)", missing.Error);
        Assert.Equal([1, 1], new[] { directory.ExitCode, missing.ExitCode });
        Assert.False(File.Exists(folder.File("n.yaml")));
    }

    [Fact]
    public void A_symbolic_link_loop_as_meeting_file_or_template_is_refused_with_a_message()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder.File("a.docx"), folder.File("b.docx"));
        File.CreateSymbolicLink(folder.File("b.docx"), folder.File("a.docx"));
        File.CreateSymbolicLink(folder.File("a.yaml"), folder.File("b.yaml"));
        File.CreateSymbolicLink(folder.File("b.yaml"), folder.File("a.yaml"));
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));

        var template = Tool.Run(folder.Path, "render", "m.yaml", "-t", "a.docx", "-o", "o.docx");
        var input = Tool.Run(folder.Path, "render", "a.yaml", "-o", "o.docx");

        Assert.True(template.ExitCode == 1, template.ToString());
        Assert.Contains("a.docx: error template-package: 無法開啟範本檔", template.Error);
        Assert.Contains("cannot open the template file", template.Error);
        Assert.DoesNotContain("   at ", template.Output + template.Error);
        Assert.True(input.ExitCode == 1, input.ToString());
        Assert.Contains("a.yaml: error unreadable-file", input.Error);
        Assert.DoesNotContain("   at ", input.Output + input.Error);
        Assert.False(File.Exists(folder.File("o.docx")));
    }

    [Fact]
    public void A_device_that_never_ends_stops_at_the_size_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var folder = new TempFolder();

        var result = Tool.Run(folder.Path, "render", "/dev/zero", "-o", "o.docx");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("/dev/zero: error input-too-large", result.Error);
        Assert.False(File.Exists(folder.File("o.docx")));
    }

    [Fact]
    public void Standard_input_over_the_limit_is_refused()
    {
        using var folder = new TempFolder();

        var result = Tool.RunWith(folder.Path, new string('#', 17 * 1024 * 1024), null, "render", "-", "-o", "o.docx");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("<stdin>: error input-too-large", result.Error);
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start("mkfifo", [path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
