using System;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Conventions;

/// <summary>Meetings for the convention tests: a minimal one, and one text placed where a test needs it.</summary>
internal static class Meetings
{
    public static Meeting Minimal() => new()
    {
        Agency = "宜蘭縣政府",
        Name = "兒童及少年性剝削防制督導會報",
        Session = "106年度第1次",
        Date = new DateTime(2017, 7, 18, 0, 0, 0, DateTimeKind.Unspecified),
        Start = new TimeSpan(13, 30, 0),
        End = new TimeSpan(14, 30, 0),
        Location = "本府第一會議室",
        Chair = new Person { Name = "賴錫祿", Title = "秘書長" },
        Recorder = ValueList.Of(new Person { Name = "鄭蕙萱" }),
    };

    /// <summary>The minimal meeting with <paramref name="text"/> placed at <paramref name="place"/>.</summary>
    public static Meeting With(string place, string text)
    {
        var meeting = Minimal();
        var item = new OutlineItem { Text = text };
        return place switch
        {
            "agency" => meeting with { Agency = text },
            "name" => meeting with { Name = text },
            "session" => meeting with { Session = text },
            "location" => meeting with { Location = text },
            "chair-title" => meeting with { Chair = meeting.Chair! with { Title = text } },
            "attendance-note" => meeting with { Attendance = new Attendance { Note = text } },
            "attendance-label" => meeting with { Attendance = new Attendance { Groups = ValueList.Of(new AttendanceGroup { Label = text, Observers = true }) } },
            "attendee-substitute" => meeting with { Attendance = new Attendance { Groups = ValueList.Of(new AttendanceGroup { People = ValueList.Of(new Attendee { Unit = "社會處", Substitute = text }) }) } },
            "section-title" => Sections(meeting, new RemarksSection { Title = text }),
            "section-text" => Sections(meeting, new RemarksSection { Text = text }),
            "item" => Sections(meeting, new AnnouncementsSection { Items = ValueList.Of(item) }),
            "sub-item" => Sections(meeting, new AnnouncementsSection { Items = ValueList.Of(new OutlineItem { Text = "說明如下：", Items = ValueList.Of(item) }) }),
            "report-title" => Sections(meeting, new ReportsSection { Items = ValueList.Of(new Report { Unit = "社會處", Title = text }) }),
            "report-decision" => Sections(meeting, new ReportsSection { Items = ValueList.Of(new Report { Unit = "社會處", Decision = ValueList.Of(item) }) }),
            "suggestion" => Sections(meeting, new ReportsSection { Items = ValueList.Of(new Report { Unit = "社會處", Suggestions = ValueList.Of(new Suggestion { Text = text }) }) }),
            "response" => Sections(meeting, new ReportsSection { Items = ValueList.Of(new Report { Unit = "社會處", Suggestions = ValueList.Of(new Suggestion { Text = "建議加強宣導。", Response = ValueList.Of(item) }) }) }),
            "followup-decision" => Sections(meeting, new FollowUpSection { Items = ValueList.Of(new FollowUpItem { Subject = "網路防制業務", Decision = text }) }),
            "proposal-subject" => Sections(meeting, new ProposalsSection { Items = ValueList.Of(new Proposal { Subject = text }) }),
            "proposal-explanation" => Sections(meeting, new ProposalsSection { Items = ValueList.Of(new Proposal { Subject = "修正要點案。", Explanation = ValueList.Of(item) }) }),
            "resolved-proposal-subject" => Sections(meeting, new ProposalsSection { Items = ValueList.Of(new Proposal { Subject = text, Resolution = ValueList.Of(new OutlineItem { Text = "照案通過。" }) }) }),
            "proposal-resolution" => Sections(meeting, new ProposalsSection { Items = ValueList.Of(new Proposal { Subject = "修正要點案。", Resolution = ValueList.Of(item) }) }),
            "review-subject" => Sections(meeting, new ReviewsSection { Items = ValueList.Of(new Proposal { Subject = text }) }),
            "review-resolution" => Sections(meeting, new ReviewsSection { Items = ValueList.Of(new Proposal { Subject = "變更都市計畫案。", Resolution = ValueList.Of(item) }) }),
            "motion-subject" => Sections(meeting, new MotionsSection { Items = ValueList.Of(new Motion { Subject = text }) }),
            "motion-resolution" => Sections(meeting, new MotionsSection { Items = ValueList.Of(new Motion { Subject = "加強業務聯繫。", Resolution = ValueList.Of(item) }) }),
            "notice-remark" => meeting with { Notice = new Notice { Remarks = ValueList.Of(text) } },
            _ => throw new ArgumentOutOfRangeException(nameof(place), place, "unknown place"),
        };
    }

    private static Meeting Sections(Meeting meeting, params Section[] sections) => meeting with { Sections = ValueList.Of(sections) };
}
