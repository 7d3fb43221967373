using Minutes.Templating.Tests.TestSupport;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using Minutes.Templating.Input;
using Minutes.Templating.Model;

namespace Minutes.Cli.Tests;

/// <summary>
/// <c>minutes next</c> through the real tool: from a rendered meeting to the next meeting's
/// file, which validates, carries every decision and resolution, and renders.
/// </summary>
public class NextCommandTests
{
    [Fact]
    public void Next_on_a_rendered_document_names_every_decision_and_resolution_and_the_result_renders()
    {
        using var folder = new TempFolder();
        var example = Tool.Example("zhudong-2025.yaml");
        var previous = MeetingReader.ReadFile(example).Meeting!;

        var rendered = Tool.Run(folder.Path, "render", example, "-o", "first.docx");
        var next = Tool.Run(folder.Path, "next", "first.docx", "--date", "2026-01-14", "-o", "next.yaml");
        var validated = Tool.Run(folder.Path, "validate", "next.yaml");
        var second = Tool.Run(folder.Path, "render", "next.yaml", "-o", "second.docx");

        Assert.True(rendered.ExitCode == 0, rendered.ToString());
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());

        var yaml = File.ReadAllText(folder.File("next.yaml"));
        Assert.Contains("# 請確認本次開會日期", yaml);
        var meeting = MeetingReader.ReadFile(folder.File("next.yaml")).Meeting!;
        Assert.Equal("115年度第1次", meeting.Session);
        Assert.Equal(previous.Attendance.Groups.Select(g => g.People.Count), meeting.Attendance.Groups.Select(g => g.People.Count));
        var rows = meeting.Sections.OfType<FollowUpSection>().Single().Items;
        Assert.All(rows, row => Assert.Equal("繼續列管", row.Tracking));
        Assert.All(rows, row => Assert.Null(row.Status));

        var decisions = previous.Sections.OfType<ReportsSection>().SelectMany(s => s.Items).SelectMany(r => r.Decision)
            .Concat(previous.Sections.OfType<ProposalsSection>().SelectMany(s => s.Items).SelectMany(p => p.Resolution))
            .Concat(previous.Sections.OfType<MotionsSection>().SelectMany(s => s.Items).SelectMany(m => m.Resolution))
            .Select(point => point.Text)
            .ToList();
        Assert.NotEmpty(decisions);
        var text = Text(folder.File("second.docx"));
        Assert.All(decisions, decision => Assert.Contains(decision!, text));
        Assert.Contains("竹東圳沿岸步道照明不足案", text);
        Assert.DoesNotContain("中山公園兒童遊戲場設施改善案", text);
    }

    [Fact]
    public void Next_to_a_json_file_writes_json_that_validates()
    {
        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));

        var next = Tool.Run(folder.Path, "next", "m.yaml", "--date", "115-01-14", "-o", "n.json");
        var validated = Tool.Run(folder.Path, "validate", "n.json");

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.StartsWith("{", File.ReadAllText(folder.File("n.json")).TrimStart());
        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.Equal("115年度第1次", Minutes.Templating.Input.MeetingReader.ReadFile(folder.File("n.json")).Meeting!.Session);
    }

    [Fact]
    public void Next_reads_a_meeting_file_too_and_never_replaces_its_input()
    {
        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));

        var refused = Tool.Run(folder.Path, "next", "m.yaml", "-o", "m.yaml");
        var written = Tool.Run(folder.Path, "next", "m.yaml");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(File.ReadAllText(Tool.Example("yilan-2017.yaml")), File.ReadAllText(folder.File("m.yaml")));
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("session: 106年度第2次", written.Output);
        Assert.Contains("網路防制業務，納入秘書處新聞科與會。", written.Output);
    }

    [Fact]
    public void Next_carries_the_chairs_ruling_of_an_instructions_section_and_refuses_a_date_before_the_last_meeting()
    {
        using var folder = new TempFolder();
        var example = Tool.Example("yilan-2017.yaml");

        var written = Tool.Run(folder.Path, "next", example, "--date", "106-10-18", "-o", "next.yaml");
        var earlier = Tool.Run(folder.Path, "next", example, "--date", "106-07-17", "-o", "earlier.yaml");

        Assert.True(written.ExitCode == 0, written.ToString());
        var rows = MeetingReader.ReadFile(folder.File("next.yaml")).Meeting!.Sections.OfType<FollowUpSection>().Single().Items;
        Assert.Contains(rows, row => row.Subject == "主席裁示" && row.Resolution!.Contains("列入提案列管"));
        Assert.Equal(2, earlier.ExitCode);
        Assert.False(File.Exists(folder.File("earlier.yaml")));
        Assert.Contains("yilan-2017.yaml: --date 106年7月17日 早於上次會議日期 106年7月18日", earlier.Error);
    }

    private static string Text(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return string.Concat(document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
    }
}
