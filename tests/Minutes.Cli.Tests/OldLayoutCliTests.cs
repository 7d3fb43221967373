using System;
using System.IO;
using System.Linq;
using Minutes.Templating.Tests.Reliability;

namespace Minutes.Cli.Tests;

/// <summary>
/// Meeting files of version 0.2 (attendance as <c>present</c>, <c>observers</c>, <c>absent</c>)
/// through the real tool: read with an <c>old-layout</c> warning that fails nothing, so their own
/// mistakes and lint are what the commands report; <c>minutes next</c> writes the groups layout.
/// </summary>
public class OldLayoutCliTests
{
    private const long HeapLimit = 1L << 30;

    [Fact]
    public void Validate_in2_start_null_reports_exactly_the_start_error_and_the_old_layout_warning()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(HostileCorpus.Folder, "inputs", "in2-start-null.yaml"), folder.File("in2-start-null.yaml"));

        var result = Tool.RunBounded(folder.Path, HeapLimit, "validate", "in2-start-null.yaml");

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = Lines(result.Error);
        var error = Assert.Single(lines, l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.StartsWith("in2-start-null.yaml:11:8: error missing-field: 欄位「start」", error, StringComparison.Ordinal);
        Assert.EndsWith("(field 'start' cannot be empty (~ or null); leave the line out when there is none) [start]", error, StringComparison.Ordinal);
        var warning = Assert.Single(lines, l => l.Contains(": warning ", StringComparison.Ordinal));
        Assert.StartsWith("in2-start-null.yaml:23:3: warning old-layout: 出席名單使用 0.2 版的寫法", warning, StringComparison.Ordinal);
        Assert.Equal(2, lines.Count);
        Assert.DoesNotContain("正確", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_of_lint_x_100000_reaches_lint_and_reports_its_findings()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("lint-x-100000.yaml"), HostileCorpus.LintX100000());

        var result = Tool.RunBounded(folder.Path, HeapLimit, "lint", "lint-x-100000.yaml");

        // The file breaks no convention: lint says so (exit 0), after the reader's one warning.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("lint-x-100000.yaml: 符合格式規範 (no findings)", result.Output.Trim());
        var warning = Assert.Single(Lines(result.Error));
        Assert.StartsWith("lint-x-100000.yaml:23:3: warning old-layout: ", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_file_validates_and_renders_with_the_warning_and_next_writes_groups()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("old.yaml"), File.ReadAllText(Path.Combine(HostileCorpus.Folder, "inputs", "in2-start-null.yaml")).Replace("start: ~", "start: \"09:30\""));

        var validated = Tool.Run(folder.Path, "validate", "old.yaml");
        var rendered = Tool.Run(folder.Path, "render", "old.yaml", "-o", "old.docx");
        var next = Tool.Run(folder.Path, "next", "old.yaml", "--date", "2025-06-11", "-o", "next.yaml");
        var again = Tool.Run(folder.Path, "validate", "next.yaml");

        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.Equal("old.yaml: 正確 (valid)", validated.Output.Trim());
        Assert.True(rendered.ExitCode == 0, rendered.ToString());
        Assert.True(new FileInfo(folder.File("old.docx")).Length > 0);
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        foreach (var result in new[] { validated, rendered, next })
        {
            Assert.Single(Lines(result.Error), l => l.StartsWith("old.yaml:23:3: warning old-layout: ", StringComparison.Ordinal));
            Assert.DoesNotContain(": error ", result.Error, StringComparison.Ordinal);
        }

        var yaml = File.ReadAllText(folder.File("next.yaml"));
        Assert.Contains("groups:", yaml, StringComparison.Ordinal);
        Assert.Contains("observers: true", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("present:", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("absent:", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("old-layout", again.Error, StringComparison.Ordinal);
    }

    private static System.Collections.Generic.List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}
