using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>
/// What each built-in template must show of a meeting, field by field, in the form it shows it.
/// Free texts appear verbatim (line breaks and tabs become Word breaks and tabs, so they are
/// left out of the comparison); dates as ROC dates with the weekday (106年7月18日, （星期二）);
/// times as 上午/下午 times; people through <c>honorific</c> (賴秘書長錫祿, or 黃淑鈴委員 after a
/// suggestion), attendees as unit + honorific; vote counts as Arabic digits. The minutes carry
/// every field except <c>notice.*</c> (the notice's), <c>recorder.title/unit</c>, a person's
/// <c>unit</c> and <c>surname</c> (which only shape the honorific), and the heading of an empty
/// section when empty sections are omitted
/// (<c>style.emptySection: ""</c>). The notice and the sign-in sheet carry the facts listed in
/// their methods. Every field, shown or not, must survive in the embedded data.
/// </summary>
internal static class ExpectedTexts
{
    /// <summary>The texts a template must show, keyed by template name.</summary>
    public static IReadOnlyList<(string Path, string Text)> For(string template, Meeting meeting) => template switch
    {
        "minutes" => Minutes(meeting).ToList(),
        "notice" => Notice(meeting).ToList(),
        "sign-in" => SignIn(meeting).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "not a built-in template"),
    };

    /// <summary>Removes line breaks and tabs, which the document holds as break and tab elements.</summary>
    public static string Flatten(string text) => text.Replace("\r", "").Replace("\n", "").Replace("\t", "");

    private static IEnumerable<(string, string)> Facts(Meeting m)
    {
        yield return ("agency", m.Agency);
        yield return ("date", m.Date.ToRocDate() + m.Date.ToRocWeekday(m.Style.HalfWidthBrackets));
        yield return ("start", m.Start is { } start ? start.ToRocTime() : "");
        yield return ("location", m.Location);
        if (m.Chair is { } chair)
        {
            yield return ("chair", chair.ToHonorific());
        }
    }

    /// <summary>The chair as the minutes and the sign-in sheet write it: 主席：○○（代）, or 代理主席：○○.</summary>
    private static IEnumerable<(string, string)> Chair(Meeting m)
    {
        if (m.Chair is { } chair && m.ActingChair)
        {
            yield return ("actingChair", m.Style.ActingChairLine ? "代理主席：" + chair.ToHonorific() : chair.ToHonorific() + Bracketed(m, "代"));
        }
    }

    private static string Bracketed(Meeting m, string text) => m.Style.HalfWidthBrackets ? $"({text})" : $"（{text}）";

    /// <summary>The recorders as the templates write them: 紀錄：鄭蕙萱, or with several, each with the title: 紀錄：簡任秘書盧焜鑫、科長楊永綨.</summary>
    private static IEnumerable<(string, string)> Recorders(Meeting m)
    {
        if (m.Recorder.Count > 0)
        {
            yield return ("recorder", m.Style.RecorderLabel + "：" + string.Join("、", m.Recorder.Select(r => (m.Recorder.Count > 1 ? r.Title ?? "" : "") + r.Name)));
        }
    }

    /// <summary>
    /// Attendees as the minutes write them: unit + honorific, the unit written once for people of
    /// one unit in a row, then （許維倫代） for a substitute and （召集人） for a role.
    /// </summary>
    private static string People(Meeting m, IEnumerable<Attendee> attendees)
    {
        var names = new List<string>();
        string? lastUnit = null;
        foreach (var a in attendees)
        {
            var unit = a.Unit ?? "";
            var text = a.Person is not null && unit == lastUnit ? "" : unit;
            lastUnit = unit;
            text += a.Person?.ToHonorific() ?? "";
            text += string.IsNullOrEmpty(a.Substitute) ? "" : Bracketed(m, a.Substitute + "代");
            text += string.IsNullOrEmpty(a.Role) ? "" : Bracketed(m, a.Role!);
            names.Add(text);
        }

        return string.Join("、", names);
    }

    /// <summary>
    /// The attendance lines of the minutes, each whole so that every attendee is checked in its
    /// group: a line per group listing someone attending or a note, the 請假 / 缺席 / 未派員 lines
    /// from the statuses, the head count, then the observers' groups.
    /// </summary>
    private static IEnumerable<(string, string)> AttendanceLines(Meeting m)
    {
        var a = m.Attendance;
        var numbered = m.Style.NumberedFacts;
        IEnumerable<(string, string)> GroupLines(IEnumerable<(AttendanceGroup Group, int Index)> groups) => groups
            .Where(g => g.Group.Attending.Count > 0 || !string.IsNullOrEmpty(g.Group.Note))
            .Select(g => ($"attendance.groups[{g.Index}]", g.Group.Label + "：" + (g.Group.Attending.Count > 0
                ? People(m, g.Group.Attending) + (string.IsNullOrEmpty(g.Group.Note) ? "" : Bracketed(m, g.Group.Note!))
                : g.Group.Note)));
        var indexed = a.Groups.Select((g, i) => (g, i)).ToList();
        foreach (var line in GroupLines(indexed.Where(g => !g.g.Observers)))
        {
            yield return line;
        }

        if (!string.IsNullOrEmpty(a.Note))
        {
            yield return ("attendance.note", a.Groups.Count == 0 ? (numbered ? "出席單位及人員：" : "出席：") + a.Note : a.Note!);
        }

        foreach (var line in StatusLines(a.MemberGroups))
        {
            yield return line;
        }

        if (a.Membership is not null)
        {
            var absent = a.AbsentCount > 0 ? $"，缺席{a.AbsentCount}人" : "";
            yield return ("attendance (counts)", $"出席人數：應出席{a.ExpectedCount}人，實到{a.PresentCount}人，請假{a.OnLeaveCount}人{absent}");
        }

        foreach (var line in GroupLines(indexed.Where(g => g.g.Observers)))
        {
            yield return line;
        }

        foreach (var line in StatusLines(a.ObserverGroups))
        {
            yield return line;
        }

        // 請假 / 缺席 / 未派員 of one set of groups (members or observers), printed after them.
        IEnumerable<(string, string)> StatusLines(IReadOnlyList<AttendanceGroup> groups)
        {
            var onLeave = groups.SelectMany(g => g.OnLeave).ToList();
            if (onLeave.Count > 0)
            {
                yield return ("attendance (請假)", (numbered ? "請假人員：" : "請假：") + People(m, onLeave));
            }

            var absent = groups.SelectMany(g => g.Absent).ToList();
            if (absent.Count > 0)
            {
                yield return ("attendance (缺席)", (numbered ? "缺席人員：" : "缺席：") + People(m, absent));
            }

            var notSent = groups.SelectMany(g => g.NotSent).ToList();
            if (notSent.Count > 0)
            {
                yield return ("attendance (未派員)", "未派員：" + People(m, notSent));
            }
        }
    }

    private static IEnumerable<(string, string)> Minutes(Meeting m)
    {
        foreach (var fact in Facts(m))
        {
            yield return fact;
        }

        yield return ("name", m.Name);
        yield return ("session", m.Session ?? "");
        foreach (var text in Chair(m).Concat(Recorders(m)).Concat(AttendanceLines(m)))
        {
            yield return text;
        }

        var omitEmpty = m.Style.EmptySection.Length == 0;
        for (var s = 0; s < m.Sections.Count; s++)
        {
            var path = $"sections[{s}]";
            var section = m.Sections[s];
            if (section.IsEmpty)
            {
                if (!omitEmpty)
                {
                    yield return (path + ".title", section.Heading);
                    yield return ("style.emptySection", m.Style.EmptySection);
                }

                continue;
            }

            yield return (path + ".title", section.Heading);
            foreach (var text in SectionTexts(path, section))
            {
                yield return text;
            }
        }

        if (m.End is { } end)
        {
            yield return ("end", end.ToRocTime());
        }

        for (var i = 0; i < m.Attachments.Count; i++)
        {
            yield return ($"attachments[{i}].title", m.Attachments[i].Title);
        }
    }

    private static IEnumerable<(string, string)> SectionTexts(string path, Section section)
    {
        switch (section)
        {
            case OutlineSection outline:
                yield return (path + ".text", outline.Text ?? "");
                foreach (var item in Outline(path + ".items", outline.Items))
                {
                    yield return item;
                }

                break;
            case FollowUpSection followUp:
                yield return (path + ".text", followUp.Text ?? "");

                // The table whole, so each cell is checked in its row and column.
                var rows = followUp.Items.Select((item, i) => (item.Number ?? (i + 1).ToString(CultureInfo.InvariantCulture))
                    + item.Subject + item.Resolution + item.Unit + item.Status + item.Tracking
                    + (string.IsNullOrEmpty(item.Decision) ? "" : "決定：" + item.Decision));
                if (followUp.Items.Count > 0)
                {
                    yield return (path + ".items", "編號案由決議（定）主辦單位辦理情形列管建議" + string.Concat(rows));
                }

                break;
            case ReportsSection reports:
                yield return (path + ".intro", reports.Intro ?? "");
                for (var i = 0; i < reports.Items.Count; i++)
                {
                    var report = reports.Items[i];
                    var itemPath = $"{path}.items[{i}]";
                    if (string.IsNullOrEmpty(report.Title))
                    {
                        yield return (itemPath + ".unit", (report.Unit ?? "") + "業務報告");
                    }
                    else
                    {
                        yield return (itemPath + ".title", report.Title!);
                        yield return (itemPath + ".unit", report.Unit ?? "");
                    }
                    foreach (var item in Outline(itemPath + ".content", report.Content))
                    {
                        yield return item;
                    }

                    for (var j = 0; j < report.Suggestions.Count; j++)
                    {
                        var suggestion = report.Suggestions[j];
                        var suggestionPath = $"{itemPath}.suggestions[{j}]";
                        yield return (suggestionPath + ".text", suggestion.Text);
                        yield return (suggestionPath + ".by", suggestion.By is null ? "" : suggestion.By.ToHonorific(HonorificStyle.NameTitle));
                        foreach (var item in Outline(suggestionPath + ".response", suggestion.Response).Concat(Outline(suggestionPath + ".ruling", suggestion.Ruling)))
                        {
                            yield return item;
                        }
                    }

                    foreach (var item in Outline(itemPath + ".decision", report.Decision))
                    {
                        yield return item;
                    }
                }

                break;
            case ProposalsSection or ReviewsSection:
                var proposals = section is ReviewsSection reviews ? reviews.Items : ((ProposalsSection)section).Items;
                for (var i = 0; i < proposals.Count; i++)
                {
                    var proposal = proposals[i];
                    var itemPath = $"{path}.items[{i}]";
                    yield return (itemPath + ".subject", proposal.Subject);
                    yield return (itemPath + ".unit", proposal.Unit ?? "");
                    yield return (itemPath + ".proposer", proposal.Proposer is null ? "" : proposal.Proposer.ToHonorific());
                    foreach (var item in Outline(itemPath + ".explanation", proposal.Explanation).Concat(Outline(itemPath + ".method", proposal.Method)))
                    {
                        yield return item;
                    }

                    foreach (var item in Outline(itemPath + ".resolution", proposal.Resolution))
                    {
                        yield return item;
                    }
                    foreach (var vote in Votes(itemPath + ".votes", proposal.Votes))
                    {
                        yield return vote;
                    }
                }

                break;
            case MotionsSection motions:
                for (var i = 0; i < motions.Items.Count; i++)
                {
                    var motion = motions.Items[i];
                    var itemPath = $"{path}.items[{i}]";
                    yield return (itemPath + ".subject", motion.Subject);
                    yield return (itemPath + ".unit", motion.Unit ?? "");
                    if (motion.Proposer is not null)
                    {
                        yield return (itemPath + ".proposer", motion.Proposer.ToHonorific());
                    }
                    foreach (var item in Outline(itemPath + ".explanation", motion.Explanation))
                    {
                        yield return item;
                    }

                    foreach (var item in Outline(itemPath + ".resolution", motion.Resolution))
                    {
                        yield return item;
                    }
                    foreach (var vote in Votes(itemPath + ".votes", motion.Votes))
                    {
                        yield return vote;
                    }
                }

                break;
        }
    }

    private static IEnumerable<(string, string)> Votes(string path, VoteCount? votes)
    {
        if (votes is null)
        {
            yield break;
        }

        yield return (path + ".method", votes.Method ?? "");
        var abstain = votes.Abstain is { } count ? $"，棄權{count.ToString(CultureInfo.InvariantCulture)}票" : "";
        yield return (path, $"贊成{votes.For.ToString(CultureInfo.InvariantCulture)}票，反對{votes.Against.ToString(CultureInfo.InvariantCulture)}票{abstain}。");
    }

    private static IEnumerable<(string, string)> Outline(string path, ValueList<OutlineItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return ($"{path}[{i}].text", items[i].Text);
            foreach (var nested in Outline($"{path}[{i}].items", items[i].Items))
            {
                yield return nested;
            }
        }
    }

    /// <summary>Each person of the groups as the notice lists them: unit + honorific.</summary>
    private static IEnumerable<(string, string)> Invited(IEnumerable<(AttendanceGroup Group, int Index)> groups) =>
        groups.SelectMany(g => g.Group.People.Select((a, i) => ($"attendance.groups[{g.Index}].people[{i}]",
            (a.Unit ?? "") + (a.Person is null ? "" : a.Person.ToHonorific()))));

    /// <summary>
    /// The notice: agency, date, time, place, chair, the purpose (or, without one, session and
    /// name), issue date (中華民國…), reference, contact's name, phone, those present (or the note;
    /// or, when given, the notice's 正本 units) and observers, copies and remarks; 檔號, 保存年限,
    /// the agency's contact block, 受文者, 速別, 密等 and its 解密條件, the notice's 附件, and
    /// 「（含附件）」 after a unit that gets them. Not the sections, absentees, recorder or the
    /// minutes' attachments.
    /// </summary>
    private static IEnumerable<(string, string)> Notice(Meeting m)
    {
        foreach (var fact in Facts(m))
        {
            yield return fact;
        }

        var notice = m.Notice;
        if (string.IsNullOrEmpty(notice?.Purpose))
        {
            yield return ("session", m.Session ?? "");
            yield return ("name", m.Name);
        }

        var originals = notice?.Originals ?? ValueList<NoticeRecipient>.Empty;
        var groups = m.Attendance.Groups.Select((g, i) => (g, i)).ToList();
        var members = groups.Where(g => !g.g.Observers).ToList();
        if (members.All(g => g.g.People.Count == 0) && originals.Count == 0)
        {
            yield return ("attendance.note", m.Attendance.Note ?? "");
        }

        var present = originals.Count == 0 ? Invited(members) : [];
        foreach (var attendee in present.Concat(Invited(groups.Where(g => g.g.Observers))))
        {
            yield return attendee;
        }

        if (notice is null)
        {
            yield break;
        }

        yield return ("notice.purpose", notice.Purpose ?? "");
        yield return ("notice.reference", notice.Reference ?? "");
        yield return ("notice.issuedOn", notice.IssuedOn is { } issued ? issued.ToFullRocDate() : "");
        yield return ("notice.contact.name", notice.Contact?.Name ?? "");
        yield return ("notice.phone", notice.Phone ?? "");
        string Recipient(NoticeRecipient r) => (r.Unit ?? "") + (r.WithAttachments ? (m.Style.HalfWidthBrackets ? "(含附件)" : "（含附件）") : "");
        for (var i = 0; i < notice.Copies.Count; i++)
        {
            yield return ($"notice.copies[{i}]", Recipient(notice.Copies[i]));
        }

        for (var i = 0; i < notice.Originals.Count; i++)
        {
            yield return ($"notice.originals[{i}]", Recipient(notice.Originals[i]));
        }

        for (var i = 0; i < notice.Attachments.Count; i++)
        {
            yield return ($"notice.attachments[{i}]", notice.Attachments[i]);
        }

        yield return ("notice.fileNumber", notice.FileNumber ?? "");
        yield return ("notice.retentionPeriod", notice.RetentionPeriod ?? "");
        yield return ("notice.recipient", string.IsNullOrEmpty(notice.Recipient) ? "如正副本" : notice.Recipient);
        yield return ("notice.speed", notice.Speed ?? "");
        yield return ("notice.classification", notice.Classification ?? "");
        yield return ("notice.declassification", notice.Declassification ?? "");
        if (notice.AgencyContact is { } agency)
        {
            yield return ("notice.agencyContact.address", agency.Address ?? "");
            yield return ("notice.agencyContact.contact.name", agency.Contact?.Name ?? "");
            yield return ("notice.agencyContact.phone", agency.Phone ?? "");
            yield return ("notice.agencyContact.fax", agency.Fax ?? "");
            yield return ("notice.agencyContact.email", agency.Email ?? "");
        }

        for (var i = 0; i < notice.Remarks.Count; i++)
        {
            yield return ($"notice.remarks[{i}]", notice.Remarks[i]);
        }
    }

    /// <summary>
    /// The sign-in sheet: agency, session, name, date, time, place, chair, recorder, and for
    /// everyone present or observing a row with unit, title and name. Not the sections, the
    /// absentees, the note or the notice.
    /// </summary>
    private static IEnumerable<(string, string)> SignIn(Meeting m)
    {
        foreach (var fact in Facts(m))
        {
            yield return fact;
        }

        yield return ("session", m.Session ?? "");
        yield return ("name", m.Name);
        foreach (var text in Chair(m).Concat(Recorders(m)))
        {
            yield return text;
        }

        var a = m.Attendance;
        yield return ("attendance (出席 table)", "出席" + SignInTable(a.MemberGroups));
        yield return ("attendance (counts)", $"應出席{a.ExpectedCount}人，請假{a.OnLeaveCount}人，實到");
        if (a.ObserverGroups.Any(g => g.People.Count > 0))
        {
            yield return ("attendance (列席 table)", "列席" + SignInTable(a.ObserverGroups));
        }
    }

    /// <summary>
    /// A sign-in table's heading row and its rows, whole and in order, so that every person is
    /// checked in the right table: 序號, 單位, 職稱, 姓名, an empty 簽名 and 備註 (請假, 缺席,
    /// 未派員, 「許維倫代理」, the role).
    /// </summary>
    private static string SignInTable(IEnumerable<AttendanceGroup> groups)
    {
        var rows = groups.SelectMany(g => g.People.Select(p => (Person: p, Status: g.StatusOf(p)))).Select((r, i) =>
        {
            var remark = new List<string>();
            if (r.Status == AttendanceStatus.Substituted)
            {
                remark.Add(r.Person.Substitute + "代理");
            }
            else if (r.Status != AttendanceStatus.Present)
            {
                remark.Add(r.Status);
            }

            if (!string.IsNullOrEmpty(r.Person.Role))
            {
                remark.Add(r.Person.Role!);
            }

            return (i + 1).ToString(CultureInfo.InvariantCulture) + (r.Person.Unit ?? "") + (r.Person.Person?.Title ?? "")
                + (r.Person.Person?.Name ?? "") + string.Join("、", remark);
        });
        return "序號單位職稱姓名簽名備註" + string.Concat(rows);
    }
}
