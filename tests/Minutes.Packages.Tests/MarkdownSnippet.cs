using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Minutes.Packages.Tests;

/// <summary>
/// A ```csharp block of a README, turned into a class whose Run method holds the block's
/// statements, so that every block of every README compiles in one project. A block preceded
/// by <c>&lt;!-- snippet: compile-only --&gt;</c> (a web server, say) is compiled but not run.
/// </summary>
internal sealed record MarkdownSnippet(string Source, int Line, string Code, bool CompileOnly)
{
    private static readonly Regex Block = new(@"(?<marker><!-- snippet: compile-only -->\s*)?^```csharp\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);

    /// <summary>The class name of the snippet in the generated project.</summary>
    public string ClassName => "Snippet_" + Regex.Replace(Path.GetRelativePath(Repository.Root, Source), "[^A-Za-z0-9]", "_") + "_" + Line;

    /// <summary>Every C# block of the markdown file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<MarkdownSnippet> Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Block.Matches(text)
            .Select(m => new MarkdownSnippet(path, 1 + text[..m.Index].Count(c => c == '\n'), m.Groups["code"].Value, m.Groups["marker"].Success))
            .ToArray();
    }

    /// <summary>The block as a C# file: its usings on top, its statements in <c>Run(args)</c>.</summary>
    public string ToClass()
    {
        var lines = Code.Split('\n');
        var usings = lines.Where(IsUsing).ToArray();
        var body = lines.Where(l => !IsUsing(l)).Select(l => "        " + l);
        return string.Join("\n", usings) + $"""


            // From {Source}, line {Line}.
            internal static class {ClassName}
            {"{"}
                public static async System.Threading.Tasks.Task Run(string[] args)
                {"{"}
                    await System.Threading.Tasks.Task.CompletedTask;
            {string.Join("\n", body)}
                {"}"}
            {"}"}

            """;
    }

    private static bool IsUsing(string line) => line.StartsWith("using ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(';') && !line.Contains('(', StringComparison.Ordinal);
}
