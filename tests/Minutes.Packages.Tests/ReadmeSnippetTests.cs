using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Minutes.Packages.Tests;

/// <summary>
/// The C# in README.md and in the package README, compiled against the packed library and
/// run, so a quick start cannot rot. Each runnable block runs in a folder of its own holding
/// <c>meeting.yaml</c> (the seed example); every document it writes must validate.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class ReadmeSnippetTests(PackageFeed feed)
{
    private static readonly string[] Readmes = [Repository.Path("README.md"), Repository.Path("src", "Minutes.Templating", "README.md")];

    [Fact]
    public void Every_readme_csharp_block_compiles_and_runs_against_the_package()
    {
        var snippets = Readmes.SelectMany(MarkdownSnippet.Read).ToArray();
        Assert.True(snippets.Length >= 5, $"expected the READMEs' C# blocks, found {snippets.Length}");
        Assert.Contains(snippets, s => s.Source.EndsWith("README.md", System.StringComparison.Ordinal) && !s.CompileOnly);

        var project = Directory.CreateDirectory(Path.Combine(feed.Root, "snippets")).FullName;
        File.WriteAllText(Path.Combine(project, "Snippets.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <!-- As `dotnet new console` makes it: what a newcomer pastes the README into. -->
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <PackageReference Include="Minutes.Templating" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var snippet in snippets)
        {
            File.WriteAllText(Path.Combine(project, snippet.ClassName + ".cs"), snippet.ToClass());
        }

        var runnable = snippets.Where(s => !s.CompileOnly).ToArray();
        File.WriteAllText(Path.Combine(project, "Program.cs"), string.Concat(runnable.Select(s => $"""
            System.IO.Directory.SetCurrentDirectory(System.IO.Path.Combine(args[0], "{s.ClassName}"));
            await {s.ClassName}.Run(args);

            """)));
        foreach (var snippet in runnable)
        {
            var folder = Directory.CreateDirectory(Path.Combine(feed.Root, "runs", snippet.ClassName)).FullName;
            File.Copy(Repository.Path("templates", "examples", "yilan-2017.yaml"), Path.Combine(folder, "meeting.yaml"));
        }

        Command.Run("dotnet", project, "run", "--", Path.Combine(feed.Root, "runs"));

        var documents = Directory.GetFiles(Path.Combine(feed.Root, "runs"), "*.docx", SearchOption.AllDirectories);
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            using var docx = WordprocessingDocument.Open(document, false);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx));
        }
    }
}
