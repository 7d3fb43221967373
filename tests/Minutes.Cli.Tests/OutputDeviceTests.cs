using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Minutes.Cli.Tests;

/// <summary>
/// Outputs that are not regular files: a full device on standard output fails the command
/// (it was reported as written), <c>-o -</c> is standard output, and a FIFO or device at the
/// output path is written to instead of being replaced by a file.
/// </summary>
public sealed class OutputDeviceTests
{
    [Theory]
    [InlineData("render", "m.yaml", "-o", "-")]
    [InlineData("extract", "m.docx")]
    [InlineData("schema")]
    [InlineData("templates")]
    [InlineData("--help")]
    public void A_full_disk_on_standard_output_fails_with_a_message(params string[] arguments)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/full"))
        {
            return;
        }

        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));
        Assert.Equal(0, Tool.Run(folder.Path, "render", "m.yaml", "-o", "m.docx").ExitCode);

        // The shell opens /dev/full for the tool's standard output; the device itself is never the tool's target.
        var (exitCode, error) = Shell(folder.Path, "exec dotnet \"$0\" \"$@\" > /dev/full", [Tool.Dll, .. arguments]);

        Assert.True(exitCode == 1, error);
        Assert.Contains("-: 無法寫入", error);
        Assert.Contains("cannot write", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Dash_as_output_is_standard_output_for_one_input_only()
    {
        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("n.yaml"));

        var one = Tool.Run(folder.Path, "render", "m.yaml", "-o", "-");
        var two = Tool.Run(folder.Path, "render", "m.yaml", "n.yaml", "-o", "-");

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.StartsWith("PK", one.Output);
        Assert.True(two.ExitCode == 2, two.ToString());
        Assert.Contains("standard output (-o -) takes one input only", two.Error);
        Assert.False(File.Exists(folder.File("-")));
    }

    [Fact]
    public async Task A_fifo_at_the_output_path_is_written_to_not_replaced()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));
        var fifo = folder.File("out.docx");
        Assert.Equal(0, Shell(folder.Path, "mkfifo \"$0\"", [fifo]).ExitCode);
        var reader = Task.Run(() => File.ReadAllBytes(fifo));

        var result = Tool.Run(folder.Path, "render", "m.yaml", "-o", fifo);

        // A guard, not a speed assertion: a FIFO replaced by a file never gets a writer, and its reader would wait for ever.
        Assert.True(await Task.WhenAny(reader, Task.Delay(TimeSpan.FromMinutes(1))) == reader, "the FIFO was never written: " + result);
        var received = await reader;

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("PK"u8.ToArray(), received[..2]);
        Assert.Equal(0, Shell(folder.Path, "test -p \"$0\"", [fifo]).ExitCode);
    }

    private static (int ExitCode, string Error) Shell(string folder, string script, string[] arguments)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = folder, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
