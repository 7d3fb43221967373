using System.IO;

namespace Minutes.Packages.Tests;

/// <summary>
/// Applications outside the solution (tests/Consumers) that restore the packed library from
/// the local feed, as an agency's own system would.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class ConsumerTests(PackageFeed feed)
{
    [Fact]
    public void A_net_application_restores_the_package_renders_the_seed_and_the_result_validates()
    {
        var consumers = feed.CopyConsumers();
        var output = Path.Combine(feed.Root, "seed-minutes.docx");

        var printed = Command.Run("dotnet", consumers, "run", "--project", Path.Combine(consumers, "SeedConsumer"),
            $"-p:MinutesTemplatingVersion={feed.Version}", "--",
            Repository.Path("templates", "examples", "yilan-2017.yaml"), output);

        Assert.Contains("valid:", printed);
        Assert.True(new FileInfo(output).Length > 10_000);
        var assets = File.ReadAllText(Path.Combine(consumers, "SeedConsumer", "obj", "project.assets.json"));
        Assert.Contains($"\"Minutes.Templating/{feed.Version}\"", assets);
        Assert.Contains("\"type\": \"package\"", assets);
    }

    [Fact]
    public void A_net472_application_compiles_against_the_package()
    {
        var consumers = feed.CopyConsumers();

        Command.Run("dotnet", consumers, "build", Path.Combine(consumers, "FrameworkConsumer"), $"-p:MinutesTemplatingVersion={feed.Version}");

        Assert.True(File.Exists(Path.Combine(consumers, "FrameworkConsumer", "bin", "Debug", "net472", "FrameworkConsumer.exe")));
        Assert.True(File.Exists(Path.Combine(consumers, "FrameworkConsumer", "bin", "Debug", "net472", "Minutes.Templating.dll")));
    }
}
