using System;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.Conventions;
using Minutes.Templating.Validation;

namespace Minutes.Templating.Tests.Validation;

public sealed class MeetingValidatorTests
{
    [Fact]
    public void A_minimal_meeting_is_valid()
    {
        Assert.Empty(MeetingValidator.Validate(Meetings.Minimal()));
    }

    [Theory]
    [InlineData("location", "location", "本府\n第一會議室")]
    [InlineData("name", "name", "督導\r\n會報")]
    [InlineData("chair-title", "chair.title", "秘書長\n")]
    [InlineData("section-title", "sections[0].title", "主席\n致詞")]
    [InlineData("proposal-subject", "sections[0].items[0].subject", "修正要點\n案。")]
    [InlineData("attendance-note", "attendance.note", "如簽到表\r")]
    [InlineData("notice-remark", "notice.remarks[0]", "請攜帶\n資料")]
    public void A_line_break_in_a_one_line_text_is_refused_at_its_path(string place, string path, string text)
    {
        var finding = Assert.Single(MeetingValidator.Validate(Meetings.With(place, text)));

        Assert.Equal("one-line-text", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(path, finding.Path);
        Assert.Contains("只能寫一行", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("one line", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("section-text", "sections[0].text")]
    [InlineData("proposal-resolution", "sections[0].items[0].resolution[0].text")]
    [InlineData("location", "location")]
    public void A_text_longer_than_one_template_value_is_refused_at_its_path(string place, string path)
    {
        // A longer text failed inside the built-in template, at one of its functions, with Scriban's English message.
        Assert.Empty(MeetingValidator.Validate(Meetings.With(place, new string('a', MeetingValidator.MaxTextLength))));

        var finding = Assert.Single(MeetingValidator.Validate(Meetings.With(place, new string('a', MeetingValidator.MaxTextLength + 1))));

        Assert.Equal("text-too-long", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(path, finding.Path);
        Assert.Contains("1,000,001 個字元", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 1,000,000", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("item")]
    [InlineData("section-text")]
    [InlineData("response")]
    [InlineData("proposal-resolution")]
    [InlineData("followup-decision")]
    public void A_line_break_in_a_text_of_paragraphs_is_valid(string place)
    {
        Assert.Empty(MeetingValidator.Validate(Meetings.With(place, "第一段。\n第二段。")));
    }

    [Theory]
    [InlineData(14, 0, 13, 0, "散會時間下午1時早於開會時間下午2時", "the meeting ends (13:00) before it starts (14:00)")]
    [InlineData(14, 30, 14, 29, "散會時間下午2時29分早於開會時間下午2時30分", "the meeting ends (14:29) before it starts (14:30)")]
    [InlineData(12, 0, 9, 5, "散會時間上午9時5分早於開會時間中午12時", "the meeting ends (09:05) before it starts (12:00)")]
    public void End_before_start_names_both_times(int startHour, int startMinute, int endHour, int endMinute, string zh, string en)
    {
        var meeting = Meetings.Minimal() with { Start = new TimeSpan(startHour, startMinute, 0), End = new TimeSpan(endHour, endMinute, 0) };

        var finding = Assert.Single(MeetingValidator.Validate(meeting));

        Assert.Equal("end-before-start", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("end", finding.Path);
        Assert.Equal(zh, finding.MessageZh);
        Assert.Equal(en, finding.MessageEn);
        Assert.Null(finding.Fix);
    }

    [Theory]
    [InlineData(14, 30, 14, 30)]
    [InlineData(14, 30, 16, 0)]
    [InlineData(14, 30, null, null)]
    public void An_end_at_or_after_the_start_or_none_is_valid(int startHour, int startMinute, int? endHour, int? endMinute)
    {
        var meeting = Meetings.Minimal() with
        {
            Start = new TimeSpan(startHour, startMinute, 0),
            End = endHour is null ? null : new TimeSpan(endHour.Value, endMinute!.Value, 0),
        };

        Assert.Empty(MeetingValidator.Validate(meeting));
    }

    [Theory]
    [InlineData("agency", "機關全銜不可空白", "the agency must not be blank")]
    [InlineData("name", "會議名稱不可空白", "the meeting name must not be blank")]
    [InlineData("location", "開會地點不可空白", "the location must not be blank")]
    [InlineData("chair.name", "主席姓名不可空白", "the chair's name must not be blank")]
    public void A_blank_required_text_is_an_empty_field(string path, string zh, string en)
    {
        var meeting = Meetings.Minimal();
        meeting = path switch
        {
            "agency" => meeting with { Agency = " \u3000" },
            "name" => meeting with { Name = "" },
            "location" => meeting with { Location = "\t" },
            _ => meeting with { Chair = meeting.Chair! with { Name = "  " } },
        };

        var finding = Assert.Single(MeetingValidator.Validate(meeting));

        Assert.Equal(("empty-field", path, zh, en), (finding.RuleId, finding.Path, finding.MessageZh, finding.MessageEn));
    }

    [Fact]
    public void A_free_section_without_a_title_is_named_by_its_path()
    {
        var meeting = Meetings.Minimal() with { Sections = ValueList.Of<Section>(new RemarksSection(), new TextSection { Text = "專題報告" }) };

        var finding = Assert.Single(MeetingValidator.Validate(meeting));

        Assert.Equal(("missing-title", "sections[1].title"), (finding.RuleId, finding.Path));
    }

    [Theory]
    [InlineData("item", "一、准予\u0001備查", "sections[0].items[0].text", 5, "0001")]
    [InlineData("report-decision", "准予備查\uFFFF", "sections[0].items[0].decision[0].text", 5, "FFFF")]
    [InlineData("notice-remark", "\uFFFE請攜帶資料", "notice.remarks[0]", 1, "FFFE")]
    [InlineData("attendance-note", "詳如簽到表\u001B", "attendance.note", 6, "001B")]
    public void An_unstorable_character_is_named_with_its_path_and_position(string place, string text, string path, int position, string code)
    {
        var finding = Assert.Single(MeetingValidator.Validate(Meetings.With(place, text)));

        Assert.Equal("invalid-character", finding.RuleId);
        Assert.Equal(path, finding.Path);
        Assert.StartsWith($"第 {position} 個字元 U+{code} ", finding.MessageZh, StringComparison.Ordinal);
        Assert.StartsWith($"character {position}, U+{code},", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unpaired_surrogate_is_unstorable()
    {
        // Built in code: an attribute argument cannot hold an unpaired surrogate.
        var finding = Assert.Single(MeetingValidator.Validate(Meetings.With("proposal-subject", "修正" + '\uD800' + "要點")));

        Assert.Equal(("invalid-character", "sections[0].items[0].subject"), (finding.RuleId, finding.Path));
        Assert.Contains("U+D800", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outline", "一、|、", "style.outlineLabels[1]")]
    [InlineData("field", "1.|(1)|甲", "style.fieldOutlineLabels[2]")]
    [InlineData("outline", "一、|(一)|(1)", null)]
    public void Each_label_form_holds_one_numeral(string list, string forms, string? path)
    {
        var values = new ValueList<string>(forms.Split('|'));
        var style = list == "outline" ? new DocumentStyle { OutlineLabels = values } : new DocumentStyle { FieldOutlineLabels = values };

        var findings = MeetingValidator.Validate(Meetings.Minimal() with { Style = style });

        var expected = path is null ? Array.Empty<string>() : new[] { "label-form " + path };
        Assert.Equal(expected, findings.Select(f => f.RuleId + " " + f.Path));
    }

    [Fact]
    public void Unstorable_characters_in_texts_no_template_shows_are_found_too()
    {
        var meeting = Meetings.Minimal() with { Style = new DocumentStyle { EmptySection = "無\u0007" } };

        var finding = Assert.Single(MeetingValidator.Validate(meeting));

        Assert.Equal("style.emptySection", finding.Path);
    }

    [Fact]
    public void Every_problem_is_reported_in_order()
    {
        var meeting = Meetings.With("item", "\u0002") with { End = new TimeSpan(9, 0, 0), Agency = " " };

        Assert.Equal(
            ["end-before-start", "empty-field", "invalid-character"],
            MeetingValidator.Validate(meeting).Select(d => d.RuleId));
    }

    [Theory]
    [InlineData("出差", null, "attendance.groups[0].people[0].status", "出席狀態「出差」無法辨識")]
    [InlineData("代理", null, "attendance.groups[0].people[0].substitute", "狀態為代理時請寫代理人姓名")]
    [InlineData("代理", " ", "attendance.groups[0].people[0].substitute", "狀態為代理時請寫代理人姓名")]
    [InlineData("", "", "attendance.groups[0].people[0].substitute", "代理人姓名是空的")]
    [InlineData("出席", "　", "attendance.groups[0].people[0].substitute", "代理人姓名是空的")]
    public void An_unknown_status_or_a_substitute_without_a_name_is_reported(string status, string? substitute, string path, string zh)
    {
        var meeting = Meetings.Minimal() with
        {
            Attendance = new Attendance { Groups = ValueList.Of(new AttendanceGroup { People = ValueList.Of(new Attendee { Unit = "社會處", Status = status, Substitute = substitute }) }) },
        };

        var finding = Assert.Single(MeetingValidator.Validate(meeting));

        Assert.Equal(("attendance-status", path), (finding.RuleId, finding.Path));
        Assert.StartsWith(zh, finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("出席", null)]
    [InlineData("請假", null)]
    [InlineData("缺席", null)]
    [InlineData("未派員", null)]
    [InlineData("代理", "許維倫")]
    [InlineData(null, "許維倫")]
    public void Each_status_word_is_valid(string? status, string? substitute)
    {
        var meeting = Meetings.Minimal() with
        {
            Attendance = new Attendance { Groups = ValueList.Of(new AttendanceGroup { People = ValueList.Of(new Attendee { Unit = "社會處", Status = status, Substitute = substitute }) }) },
        };

        Assert.Empty(MeetingValidator.Validate(meeting));
    }
}
