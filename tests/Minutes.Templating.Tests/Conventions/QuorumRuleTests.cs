using System.Linq;
using Minutes.Templating.Conventions;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Conventions;

public class QuorumRuleTests
{
    /// <summary>A meeting of <paramref name="members"/> listed members, <paramref name="away"/> of them on leave, with one resolution recorded.</summary>
    private static Meeting Meeting(int? membership, int members, int away, bool resolution = true) => Meetings.Minimal() with
    {
        Attendance = new Attendance
        {
            Membership = membership,
            Groups = ValueList.Of(
                new AttendanceGroup
                {
                    Label = "出席委員",
                    People = new ValueList<Attendee>(Enumerable.Range(0, members).Select(i => new Attendee
                    {
                        Person = new Person { Name = "委員" + i },
                        Status = i < away ? AttendanceStatus.OnLeave : null,
                    })),
                },
                new AttendanceGroup { Label = "列席單位", Observers = true, People = ValueList.Of(new Attendee { Unit = "社會處" }, new Attendee { Unit = "教育處" }) }),
        },
        Sections = ValueList.Of<Section>(new ProposalsSection
        {
            Items = ValueList.Of(new Proposal { Subject = "修正要點案。", Resolution = resolution ? ValueList.Of(new OutlineItem { Text = "照案通過。" }) : ValueList<OutlineItem>.Empty }),
        }),
    };

    [Theory]
    [InlineData(9, 9, 5, true)]
    [InlineData(10, 10, 5, true)]
    [InlineData(10, 6, 0, false)]
    [InlineData(9, 9, 4, false)]
    [InlineData(null, 9, 8, false)]
    public void A_resolution_without_more_than_half_of_the_members_is_reported(int? membership, int members, int away, bool reported)
    {
        var meeting = Meeting(membership, members, away);

        var findings = new ConventionChecker().Check(meeting).Where(d => d.RuleId == "quorum").ToList();

        if (reported)
        {
            var finding = Assert.Single(findings);
            Assert.Equal("sections[0].items[0].resolution", finding.Path);
            Assert.Contains($"應出席 {membership} 人，實到 {members - away} 人", finding.MessageZh, System.StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Fact]
    public void Without_a_resolution_or_without_anyone_listed_nothing_is_reported()
    {
        Assert.DoesNotContain(new ConventionChecker().Check(Meeting(9, 9, 9, resolution: false)), d => d.RuleId == "quorum");
        Assert.DoesNotContain(new ConventionChecker().Check(Meeting(9, 0, 0)), d => d.RuleId == "quorum");
    }

    [Fact]
    public void Observers_and_substitutes_count_as_the_data_says()
    {
        var meeting = Meeting(4, 4, 2);
        var people = meeting.Attendance.Groups[0].People.Select((p, i) => i == 0 ? p with { Status = null, Substitute = "許維倫" } : p);
        meeting = meeting with { Attendance = meeting.Attendance with { Groups = ValueList.Of(meeting.Attendance.Groups[0] with { People = new ValueList<Attendee>(people) }, meeting.Attendance.Groups[1]) } };

        Assert.Equal((4, 3, 1, 0), (meeting.Attendance.ExpectedCount, meeting.Attendance.PresentCount, meeting.Attendance.OnLeaveCount, meeting.Attendance.AbsentCount));
        Assert.DoesNotContain(new ConventionChecker().Check(meeting), d => d.RuleId == "quorum");
    }
}
