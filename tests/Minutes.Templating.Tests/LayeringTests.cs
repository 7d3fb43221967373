using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.TestSupport;
using NetArchTest.Rules;

namespace Minutes.Templating.Tests;

/// <summary>
/// The library's folders depend one way: each may use only the folders below it in the order
/// ARCHITECTURE.md documents (its table "Folders, bottom to top"). The order is read from that
/// document, so the picture and this check cannot drift apart.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "Minutes.Templating";

    private static readonly System.Reflection.Assembly Library = typeof(Meeting).Assembly;

    /// <summary>The folders in documented order, bottom first; "(root)" stands for the front-door types.</summary>
    public static IReadOnlyList<string> DocumentedOrder { get; } = ReadDocumentedOrder();

    public static TheoryData<string> Folders() => new(DocumentedOrder);

    [Fact]
    public void The_documented_order_names_every_folder_of_the_library_once()
    {
        var library = Path.Combine(Repository.Root, "src", "Minutes.Templating");
        var folders = Directory.GetDirectories(library)
            .Where(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories).Any())
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Append("(root)")
            .OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(folders, DocumentedOrder.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_no_folder_above_it(string folder)
    {
        var above = DocumentedOrder.Skip(DocumentedOrder.ToList().IndexOf(folder) + 1).SelectMany(Namespaces).ToArray();
        if (above.Length == 0)
        {
            return;
        }

        var types = folder == "(root)"
            ? Types.InAssembly(Library).That().ResideInNamespaceMatching($"^{Regex.Escape(Root)}$")
            : Types.InAssembly(Library).That().ResideInNamespace($"{Root}.{folder}");
        var result = types.ShouldNot().HaveDependencyOnAny(above).GetResult();

        Assert.True(
            result.IsSuccessful,
            $"{folder}/ uses a folder above it in ARCHITECTURE.md's order; types: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    /// <summary>What a folder's types are named by: its namespace, or for the root the front-door types themselves.</summary>
    private static IEnumerable<string> Namespaces(string folder) => folder switch
    {
        "(root)" => Library.GetTypes().Where(t => t.Namespace == Root && !t.Name.StartsWith("<", StringComparison.Ordinal)).Select(t => t.FullName!),
        // The service-collection extension lives in Microsoft's namespace, as that convention asks.
        "Hosting" => [$"{Root}.Hosting", "Microsoft.Extensions.DependencyInjection.MinutesTemplatingServiceCollectionExtensions"],
        _ => [$"{Root}.{folder}"],
    };

    private static IReadOnlyList<string> ReadDocumentedOrder()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "ARCHITECTURE.md"));
        var section = Regex.Match(text, @"## Folders, bottom to top\n(?<body>(?:.*\n)*?)(?:## |\z)");
        Assert.True(section.Success, "ARCHITECTURE.md has no section '## Folders, bottom to top'");
        return Regex.Matches(section.Groups["body"].Value, @"^\| *\d+ *\| *`(?<folder>[^`]+)` *\|", RegexOptions.Multiline)
            .Select(m => m.Groups["folder"].Value.TrimEnd('/'))
            .ToList();
    }
}
