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

    [Fact]
    public void Extract_and_next_of_a_document_rendered_by_0_2_write_groups()
    {
        using var folder = new TempFolder();
        var rendered = Tool.Run(folder.Path, "render", Tool.Example("zhudong-2025.yaml"), "-o", "doc.docx");
        Assert.True(rendered.ExitCode == 0, rendered.ToString());
        EmbedOldAttendance(folder.File("doc.docx"), """{"note": "詳如簽到表", "present": [{"unit": "本所", "person": {"name": "陳怡君", "title": "主任秘書"}}], "observers": ["台灣電力公司新竹區營業處"], "absent": [{"person": {"name": "羅美玲", "title": "委員"}}]}""");

        var extracted = Tool.Run(folder.Path, "extract", "doc.docx", "-o", "extracted.yaml");
        var next = Tool.Run(folder.Path, "next", "doc.docx", "--date", "2026-01-14", "-o", "next.yaml");
        var validated = Tool.Run(folder.Path, "validate", "extracted.yaml", "next.yaml");

        Assert.True(extracted.ExitCode == 0, extracted.ToString());
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.Equal("", validated.Error);
        foreach (var file in new[] { "extracted.yaml", "next.yaml" })
        {
            var yaml = File.ReadAllText(folder.File(file));
            Assert.Contains("groups:", yaml, StringComparison.Ordinal);
            Assert.Contains("observers: true", yaml, StringComparison.Ordinal);
            Assert.Contains("羅美玲", yaml, StringComparison.Ordinal);
            Assert.DoesNotContain("present:", yaml, StringComparison.Ordinal);
            Assert.DoesNotContain("absent:", yaml, StringComparison.Ordinal);
        }

        Assert.Contains("status: 請假", File.ReadAllText(folder.File("extracted.yaml")), StringComparison.Ordinal);
    }

    /// <summary>Replaces the attendance of the meeting a document carries with 0.2's lists, as a document rendered by 0.2 holds it.</summary>
    private static void EmbedOldAttendance(string docx, string attendance)
    {
        using var zip = System.IO.Compression.ZipFile.Open(docx, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.Entries.Single(e => e.FullName.StartsWith("customXml/item", StringComparison.Ordinal) && !e.FullName.Contains("Props", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        System.Xml.Linq.XDocument part;
        using (var stream = entry.Open())
        {
            part = System.Xml.Linq.XDocument.Load(stream);
        }

        var meeting = System.Text.Json.Nodes.JsonNode.Parse(part.Root!.Value)!.AsObject();
        Assert.NotNull(meeting["attendance"]?["groups"]);
        meeting["attendance"] = System.Text.Json.Nodes.JsonNode.Parse(attendance);
        part.Root!.Value = meeting.ToJsonString();
        entry.Delete();
        using var written = zip.CreateEntry(entry.FullName).Open();
        part.Save(written);
    }

    private static System.Collections.Generic.List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}
