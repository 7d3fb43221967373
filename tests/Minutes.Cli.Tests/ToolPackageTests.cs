using System.Diagnostics;
using System.IO;

namespace Minutes.Cli.Tests;

/// <summary>The tool as users get it: packed with dotnet pack, installed with dotnet tool install.</summary>
public class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_and_reports_its_version()
    {
        using var folder = new TempFolder();
        var feed = Directory.CreateDirectory(folder.File("feed")).FullName;
        var tools = folder.File("tools");

        Run("dotnet", "pack", Path.Combine(Tool.RepositoryRoot, "src", "Minutes.Cli"), "-c", "Release", "-o", feed, "-p:NuGetAudit=false");
        Run("dotnet", "tool", "install", "--tool-path", tools, "--add-source", feed, "Minutes.Cli");
        var version = Run(Path.Combine(tools, "minutes"), "--version");

        Assert.Single(Directory.GetFiles(feed, "Minutes.Cli.*.nupkg"));
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(300_000), $"{program} timed out");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}\n{output}\n{error.Result}");
        return output;
    }
}
