using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Minutes.Templating.Tests.Reliability;

namespace Minutes.Cli.Tests;

/// <summary>
/// Every case of the hostile corpus through the real <c>minutes render</c>: the declared exit
/// code, a bilingual message with the rule id, no stack trace or exception name, and the output
/// left alone: not created for a hostile input, an existing file unchanged for a hostile
/// template; no temporary file either. Each run has its managed heap capped at 1 GiB, so a case
/// that needs more memory crashes and fails here.
/// </summary>
public sealed partial class HostileCorpusCliTests
{
    /// <summary>Every case must finish within 1 GiB of managed heap: the tool runs with that hard limit.</summary>
    private const long HeapLimit = 1L << 30;

    private static readonly byte[] Previous = "previous minutes"u8.ToArray();

    /// <summary>Runs one case.</summary>
    /// <param name="name">The case name in corpus.json.</param>
    [Theory]
    [MemberData(nameof(HostileCorpus.Names), MemberType = typeof(HostileCorpus))]
    public void Render_refuses_clearly_and_leaves_the_output_alone(string name)
    {
        var corpusCase = HostileCorpus.Get(name);
        using var folder = new TempFolder();
        var (input, template) = HostileCorpus.Materialize(corpusCase, folder.Path);
        var output = folder.File("out.docx");
        var existing = corpusCase.Kind == "template";
        if (existing)
        {
            File.WriteAllBytes(output, Previous);
        }

        var before = Files(folder.Path);

        var result = Tool.RunBounded(folder.Path, HeapLimit, "render", input, "-o", output, "-t", template);

        Assert.True(corpusCase.ExitCode == result.ExitCode, result.ToString());
        var text = result.Output + result.Error;
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotMatch(ExceptionName(), text);
        if (corpusCase.ExitCode == 0)
        {
            Assert.True(new FileInfo(output).Length > Previous.Length, result.ToString());
            return;
        }

        Assert.Contains(corpusCase.Rule!, text);
        Assert.Contains(corpusCase.Message!, text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Error);
        Assert.Equal(before, Files(folder.Path));
        if (existing)
        {
            Assert.Equal(Previous, File.ReadAllBytes(output));
        }
    }

    private static List<string> Files(string folder) =>
        Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToList()!;

    [GeneratedRegex(@"\b\w+Exception\b")]
    private static partial Regex ExceptionName();
}
