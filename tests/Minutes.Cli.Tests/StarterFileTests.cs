using Minutes.Templating.Tests.TestSupport;
using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using DocumentFormat.OpenXml.Packaging;
using Minutes.Templating.Input;
using Minutes.Templating.Model;

namespace Minutes.Cli.Tests;

/// <summary>
/// The starter file of <c>minutes new</c> shows every section kind and the notice's fields, and
/// goes through validate, lint and every built-in template as written, all through the real tool.
/// </summary>
public class StarterFileTests
{
    [Fact]
    public void The_starter_validates_lints_clean_and_renders_with_every_built_in_template()
    {
        using var folder = new TempFolder();

        var created = Tool.Run(folder.Path, "new", "-o", "meeting.yaml");
        var validated = Tool.Run(folder.Path, "validate", "meeting.yaml");
        var linted = Tool.Run(folder.Path, "lint", "meeting.yaml");
        var minutes = Tool.Run(folder.Path, "render", "meeting.yaml", "-o", "minutes.docx");
        var notice = Tool.Run(folder.Path, "render", "meeting.yaml", "-t", "notice", "-o", "notice.docx");
        var signIn = Tool.Run(folder.Path, "render", "meeting.yaml", "-t", "sign-in", "-o", "sign-in.docx");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.Equal("", validated.Error);
        Assert.True(linted.ExitCode == 0, linted.ToString());
        Assert.Equal("", linted.Error);
        Assert.Contains("符合格式規範 (no findings)", linted.Output);
        Assert.True(minutes.ExitCode == 0, minutes.ToString());
        Assert.True(notice.ExitCode == 0, notice.ToString());
        Assert.True(signIn.ExitCode == 0, signIn.ToString());

        var minutesText = Text(folder.File("minutes.docx"));
        foreach (var expected in new[]
                 {
                     "主席致詞", "本府會議室預約系統上線案", "本年度長者送餐服務已擴大至全市", "已辦理校園宣導12場",
                     "本局將納入明年度宣導計畫", "業務宣達", "專題報告", "經討論通過後，簽請核定實施", "照案通過",
                     "舉手表決", "建議本府會議改採無紙化", "主席裁示", "本府會議室使用要點修正草案",
                 })
        {
            Assert.Contains(expected, minutesText);
        }

        var noticeText = Text(folder.File("notice.docx"));
        foreach (var expected in new[] { "召開本府114年度第1次業務協調會報", "府秘字第1140001234號", "李小華", "03-1234567分機123", "本府秘書處", "請出席人員準時與會" })
        {
            Assert.Contains(expected, noticeText);
        }

        Assert.Contains("陳美玲", Text(folder.File("sign-in.docx")));
    }

    [Fact]
    public void The_starter_has_every_section_kind_and_fills_every_field_worth_showing()
    {
        var starter = Tool.Run(Tool.RepositoryRoot, "new");
        var read = MeetingReader.Read(starter.Output, "starter.yaml");

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var meeting = read.Meeting!;
        var kinds = typeof(Section).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Section)) && !t.IsAbstract)
            .ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Contains(meeting.Sections, s => s.GetType() == kind));

        AssertAllFilled(meeting.Notice!, nameof(Notice.Declassification));
        AssertAllFilled(meeting.Sections.OfType<ReportsSection>().Single().Items[0], nameof(Report.Title), nameof(Report.Subject), nameof(Report.Explanation)); // 案由/說明: the other form of a report
        AssertAllFilled(meeting.Sections.OfType<ReportsSection>().Single().Items[0].Suggestions[0]);
        AssertAllFilled(meeting.Sections.OfType<ProposalsSection>().Single().Items[0], nameof(Proposal.Proposer));
        AssertAllFilled(meeting.Sections.OfType<ProposalsSection>().Single().Items[0].Votes!);
        AssertAllFilled(meeting.Sections.OfType<MotionsSection>().Single().Items[0], nameof(Motion.Unit), nameof(Motion.Votes));
        AssertAllFilled(meeting.Sections.OfType<FollowUpSection>().Single().Items[0]);
        AssertAllFilled(meeting.Attendance, nameof(Attendance.Note));
        Assert.NotEmpty(meeting.Attachments);
        Assert.Contains("# 開會事由", starter.Output);
        Assert.Contains("# 決定", starter.Output);
        Assert.Contains("# 決議", starter.Output);
    }

    [Fact]
    public void Templates_lists_names_with_chinese_descriptions()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "templates");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("notice", StringComparison.Ordinal) && l.Contains("開會通知單：", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("sign-in", StringComparison.Ordinal) && l.Contains("簽到表：", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("minutes", StringComparison.Ordinal) && l.Contains("會議紀錄：", StringComparison.Ordinal));
    }

    private static void AssertAllFilled(object value, params string[] except)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanWrite && !except.Contains(p.Name)))
        {
            var filled = property.GetValue(value) switch
            {
                null => false,
                string s => s.Length > 0,
                IEnumerable e => e.Cast<object>().Any(),
                _ => true,
            };
            Assert.True(filled, $"the starter leaves {value.GetType().Name}.{property.Name} empty");
        }
    }

    private static string Text(string docx)
    {
        using var document = Docx.Open(File.ReadAllBytes(docx));
        return document.MainDocumentPart.Document!.InnerText;
    }
}
