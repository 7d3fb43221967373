using System.IO;

namespace Minutes.Packages.Tests;

/// <summary>The tool as users get it: packed by dotnet pack, installed by dotnet tool install.</summary>
[Collection(PackageTestGroup.Name)]
public sealed class ToolPackageTests(PackageFeed feed)
{
    [Fact]
    public void The_packed_tool_installs_and_renders_the_seed()
    {
        var tools = Path.Combine(feed.Root, "tools");
        var output = Path.Combine(feed.Root, "tool-minutes.docx");

        Command.Run("dotnet", feed.Root, "tool", "install", "--tool-path", tools, "--version", feed.Version, "Minutes.Cli");
        var version = Command.Run(Path.Combine(tools, "minutes"), feed.Root, "--version");
        Command.Run(Path.Combine(tools, "minutes"), feed.Root, "render", Repository.Path("templates", "examples", "yilan-2017.yaml"), "-o", output);

        Assert.StartsWith(feed.Version, version.Trim(), System.StringComparison.Ordinal);
        Assert.True(new FileInfo(output).Length > 10_000);
    }
}
