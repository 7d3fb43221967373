using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Minutes.Packages.Tests;

/// <summary>The library .nupkg as it would go to nuget.org: its files and its metadata.</summary>
[Collection(PackageTestGroup.Name)]
public sealed class LibraryPackageTests(PackageFeed feed)
{
    private static readonly string[] Frameworks = ["netstandard2.0", "net8.0"];

    [Fact]
    public void Packing_the_solution_makes_the_library_and_the_tool_packages_with_symbols()
    {
        var packages = Directory.GetFiles(feed.Folder).Select(Path.GetFileName).Order(System.StringComparer.Ordinal);

        string[] expected =
        [
            $"Minutes.Cli.{feed.Version}.nupkg",
            $"Minutes.Cli.{feed.Version}.snupkg",
            $"Minutes.Templating.{feed.Version}.nupkg",
            $"Minutes.Templating.{feed.Version}.snupkg",
        ];
        Assert.Equal(expected, packages);
    }

    [Fact]
    public void Holds_exactly_the_assemblies_docs_readme_and_schema()
    {
        using var package = ZipFile.OpenRead(feed.Package("Minutes.Templating"));
        var files = package.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("package/services/metadata/core-properties/", System.StringComparison.Ordinal))
            .Order(System.StringComparer.Ordinal)
            .ToArray();

        string[] expected =
        [
            "Minutes.Templating.nuspec",
            "README.md",
            "[Content_Types].xml",
            "_rels/.rels",
            "lib/net8.0/Minutes.Templating.dll",
            "lib/net8.0/Minutes.Templating.xml",
            "lib/netstandard2.0/Minutes.Templating.dll",
            "lib/netstandard2.0/Minutes.Templating.xml",
            "schema/meeting.schema.json",
        ];
        Assert.Equal(expected.Order(System.StringComparer.Ordinal), files);
    }

    [Fact]
    public void Readme_and_schema_are_the_repository_files()
    {
        using var package = ZipFile.OpenRead(feed.Package("Minutes.Templating"));

        Assert.Equal(File.ReadAllText(Repository.Path("src", "Minutes.Templating", "README.md")), Read(package, "README.md"));
        Assert.Equal(File.ReadAllText(Repository.Path("templates", "meeting.schema.json")), Read(package, "schema/meeting.schema.json"));
    }

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net8.0")]
    public void Xml_documentation_covers_the_front_door(string framework)
    {
        using var package = ZipFile.OpenRead(feed.Package("Minutes.Templating"));
        var members = XDocument.Parse(Read(package, $"lib/{framework}/Minutes.Templating.xml"))
            .Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet();

        Assert.Contains("T:Minutes.Templating.MinutesTemplate", members);
        Assert.Contains("M:Minutes.Templating.Input.MeetingReader.ReadFile(System.String,Minutes.Templating.Input.InputLimits)", members);
        Assert.Contains("T:Minutes.Templating.Hosting.IMinutesTemplates", members);
        Assert.Contains("M:Microsoft.Extensions.DependencyInjection.MinutesTemplatingServiceCollectionExtensions.AddMinutesTemplating(Microsoft.Extensions.DependencyInjection.IServiceCollection,System.Action{Minutes.Templating.Hosting.MinutesTemplatingOptions})", members);
    }

    [Fact]
    public void Nuspec_carries_licence_readme_repository_tags_notes_and_dependencies_per_framework()
    {
        using var package = ZipFile.OpenRead(feed.Package("Minutes.Templating"));
        var nuspec = XDocument.Parse(Read(package, "Minutes.Templating.nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        string Value(string name) => (string?)metadata.Element(ns + name) ?? "";

        Assert.Equal("Minutes.Templating", Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.Equal("expression", (string?)metadata.Element(ns + "license")?.Attribute("type"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("會議紀錄", Value("description"));
        Assert.Contains("會議紀錄", Value("tags"));
        Assert.Contains("CHANGELOG.md", Value("releaseNotes"));
        Assert.StartsWith("https://github.com/", Value("projectUrl"));

        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.StartsWith("https://github.com/", (string?)repository.Attribute("url"));

        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group")
            .ToDictionary(
                g => (string)g.Attribute("targetFramework")!,
                g => g.Elements(ns + "dependency").Select(d => (string)d.Attribute("id")!).Order(System.StringComparer.Ordinal).ToArray());
        Assert.Equal([".NETStandard2.0", "net8.0"], groups.Keys.Order(System.StringComparer.Ordinal));

        // What a consumer gets; Humanizer is the CLI's, not the library's.
        string[] common =
        [
            "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Logging.Abstractions",
            "Microsoft.Extensions.Options",
            "Scriban.Signed",
            "System.IO.Hashing",
            "YamlDotNet",
        ];
        Assert.Equal(common, groups["net8.0"]);
        Assert.Equal(common.Append("System.Text.Json").Order(System.StringComparer.Ordinal), groups[".NETStandard2.0"]);
    }

    [Fact]
    public void Symbols_package_holds_a_portable_pdb_per_framework()
    {
        using var symbols = ZipFile.OpenRead(feed.Package("Minutes.Templating", symbols: true));
        var pdbs = symbols.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".pdb", System.StringComparison.Ordinal)).Order(System.StringComparer.Ordinal);

        Assert.Equal(Frameworks.Select(f => $"lib/{f}/Minutes.Templating.pdb").Order(System.StringComparer.Ordinal), pdbs);
    }

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net8.0")]
    public void Templates_travel_inside_the_assembly(string framework)
    {
        using var package = ZipFile.OpenRead(feed.Package("Minutes.Templating"));
        using var dll = new MemoryStream();
        using (var entry = package.GetEntry($"lib/{framework}/Minutes.Templating.dll")!.Open())
        {
            entry.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new PEReader(dll);
        var metadata = pe.GetMetadataReader();
        var resources = metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).ToHashSet();

        foreach (var template in new[] { "minutes", "notice", "sign-in" })
        {
            Assert.Contains($"templates/{template}/word/document.xml", resources);
            Assert.Contains($"templates/{template}/[Content_Types].xml", resources);
        }
    }

    private static string Read(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
