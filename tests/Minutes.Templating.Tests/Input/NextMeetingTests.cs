using System;
using System.Linq;
using Minutes.Templating.Input;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Input;

public class NextMeetingTests
{
    [Theory]
    [InlineData("106年度第1次", "2017-07-18", "2017-10-18", "106年度第2次")]
    [InlineData("114年度第4次", "2025-12-10", "2026-01-14", "115年度第1次")]
    [InlineData("114年第9次", "2025-12-10", "2026-01-14", "115年第1次")]
    [InlineData("114年度第4次", "2025-12-10", "2025-12-30", "114年度第5次")]
    [InlineData("第630次", "2011-11-24", "2012-01-05", "第631次")]
    [InlineData("第11屆第4會期第1次", "2025-10-01", "2025-10-08", "第11屆第4會期第2次")]
    [InlineData("第9次", "2025-12-31", "2026-01-02", "第10次")]
    [InlineData("臨時會", "2025-12-31", "2026-01-02", "臨時會")]
    [InlineData("１１４年度第４次", "2025-12-10", "2025-12-30", "１１４年度第5次")]
    [InlineData("１１４年度第４次", "2025-12-10", "2026-01-14", "115年度第1次")]
    [InlineData("第٤次", "2025-12-10", "2025-12-30", "第٤次")]
    [InlineData("第99999999999次", "2025-12-10", "2025-12-30", "第99999999999次")]
    public void The_session_advances_and_restarts_when_the_year_rolls_over(string session, string previous, string next, string expected)
    {
        Assert.Equal(expected, NextMeeting.AdvanceSession(session, DateTime.Parse(previous, System.Globalization.CultureInfo.InvariantCulture), DateTime.Parse(next, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_follow_up_has_a_row_per_decision_resolution_and_ruling_and_the_rows_kept_open()
    {
        var previous = MeetingReader.ReadFile(Repository.Example("zhudong-2025.yaml")).Meeting!;

        var next = NextMeeting.From(previous, new DateTime(2025, 6, 11));

        var rows = Assert.IsType<FollowUpSection>(Assert.Single(next.Sections)).Items;
        Assert.Equal(NextMeeting.FollowUpTitle, next.Sections[0].Title);
        var reports = previous.Sections.OfType<ReportsSection>().SelectMany(s => s.Items).ToList();
        var proposals = previous.Sections.OfType<ProposalsSection>().SelectMany(s => s.Items).ToList();
        var motions = previous.Sections.OfType<MotionsSection>().SelectMany(s => s.Items).ToList();
        var rulings = reports.SelectMany(r => r.Suggestions).Where(s => s.Ruling.Count > 0).ToList();
        var instructions = previous.Sections.OfType<InstructionsSection>().SelectMany(s => s.Items).ToList();
        var kept = previous.Sections.OfType<FollowUpSection>().SelectMany(s => s.Items).Where(i => i.Decision!.Contains("繼續列管")).ToList();
        Assert.Equal(kept.Count + reports.Count + proposals.Count + motions.Count + rulings.Count + instructions.Count, rows.Count);
        Assert.All(kept, item => Assert.Contains(rows, row => row.Subject == item.Subject && row.Resolution == item.Resolution && row.Unit == item.Unit));
        Assert.All(reports, report => Assert.Contains(rows, row => row.Resolution == Plain(report.Decision) && row.Unit == report.Unit && row.Subject == report.Unit + "業務報告"));
        Assert.All(proposals, proposal => Assert.Contains(rows, row => row.Resolution == Plain(proposal.Resolution) && row.Subject == proposal.Subject && row.Unit == proposal.Unit));
        Assert.All(motions, motion => Assert.Contains(rows, row => row.Resolution == Plain(motion.Resolution) && row.Subject == motion.Subject));
        Assert.All(rulings, ruling => Assert.Contains(rows, row => row.Resolution == Plain(ruling.Ruling) && row.Subject == ruling.Text));
        Assert.All(instructions, item => Assert.Contains(rows, row => row.Resolution == item.Text && row.Subject == "主席裁示"));
        Assert.All(rows, row => Assert.Equal(NextMeeting.KeepTracking, row.Tracking));
        Assert.All(rows, row => Assert.Null(row.Status));
        Assert.All(rows, row => Assert.Null(row.Decision));
    }

    [Fact]
    public void Each_ruling_of_an_instructions_section_is_a_row_its_text_and_each_item_with_its_sub_items()
    {
        var yilan = MeetingReader.ReadFile(Repository.Example("yilan-2017.yaml")).Meeting!;
        var ruling = yilan.Sections.OfType<InstructionsSection>().Single().Text!;
        var previous = yilan with
        {
            Sections = new ValueList<Section>(yilan.Sections.Append(new InstructionsSection
            {
                Items = ValueList.Of(
                    new OutlineItem { Text = "請社會處於下次會議報告辦理情形。" },
                    new OutlineItem { Text = "請教育處：", Items = ValueList.Of(new OutlineItem { Text = "研議校園宣導方案。" }) }),
            })),
        };

        var rows = Assert.IsType<FollowUpSection>(Assert.Single(NextMeeting.From(previous).Sections)).Items;

        var rulings = rows.Where(row => row.Subject == "主席裁示").Select(row => row.Resolution).ToList();
        Assert.Equal(new[] { ruling, "請社會處於下次會議報告辦理情形。", "請教育處：\n研議校園宣導方案。" }, rulings);
        Assert.Contains("列入提案列管", rulings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_officials_and_attendance_stay_and_statuses_are_cleared()
    {
        var previous = MeetingReader.ReadFile(Repository.Example("zhudong-2025.yaml")).Meeting!;

        var next = NextMeeting.From(previous);

        Assert.Equal((previous.Agency, previous.Name, previous.Location, previous.Start, previous.Date), (next.Agency, next.Name, next.Location, next.Start, next.Date));
        Assert.Equal(previous.Chair, next.Chair);
        Assert.Equal(previous.Recorder, next.Recorder);
        Assert.Equal(previous.Attendance.Membership, next.Attendance.Membership);
        Assert.Equal(
            previous.Attendance.Groups.SelectMany(g => g.People).Select(p => (p.Unit, p.Person)),
            next.Attendance.Groups.SelectMany(g => g.People).Select(p => (p.Unit, p.Person)));
        Assert.All(next.Attendance.Groups.SelectMany(g => g.People), p => Assert.True(p.Status is null && p.Substitute is null));
        Assert.Equal("114年度第2次", next.Session);
        Assert.Null(next.End);
        Assert.Null(next.Notice);
        Assert.Empty(next.Attachments);
    }

    [Fact]
    public void The_written_file_has_Chinese_comments_and_reads_back_equal()
    {
        var next = NextMeeting.From(MeetingReader.ReadFile(Repository.Example("zhudong-2025.yaml")).Meeting!);

        var yaml = NextMeeting.ToYaml(next, "第1次.docx");

        Assert.StartsWith("# 下次會議資料：由「第1次.docx」產生", yaml, StringComparison.Ordinal);
        Assert.Contains("# 第一段為上次會議決議（定）事項之列管表：每列請填寫辦理情形（status）", yaml, StringComparison.Ordinal);
        var read = MeetingReader.Read(System.Text.Encoding.UTF8.GetBytes(yaml), "next.yaml");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics.Select(d => d.MessageEn)));
        Assert.Equal(next, read.Meeting);
    }

    /// <summary>A body as the follow-up row quotes it: its points' texts, one per line.</summary>
    private static string? Plain(ValueList<OutlineItem> body) => body.Count == 0 ? null : string.Join("\n", body.Select(point => point.Text));
}
