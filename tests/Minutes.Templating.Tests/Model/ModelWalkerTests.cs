using System;
using System.Linq;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;
using Minutes.Templating.Tests.Conventions;

namespace Minutes.Templating.Tests.Model;

public sealed class ModelWalkerTests
{
    [Fact]
    public void A_meeting_is_walked_in_declaration_order_without_its_defaults()
    {
        var events = Walk(Meetings.Minimal()).Events;

        Assert.Equal(
            [
                "{",
                "agency:", "'宜蘭縣政府'", "name:", "'兒童及少年性剝削防制督導會報'", "session:", "'106年度第1次'",
                "date:", "'2017-07-18'", "start:", "'13:30'", "end:", "'14:30'", "location:", "'本府第一會議室'",
                "chair:", "{", "name:", "'賴錫祿'", "title:", "'秘書長'", "}",
                "recorder:", "[", "{", "name:", "'鄭蕙萱'", "}", "]",
                "}",
            ],
            events);
    }

    [Fact]
    public void Sections_start_with_their_kind_and_lists_hold_their_items()
    {
        var meeting = Meetings.Minimal() with
        {
            Sections = ValueList.Of<Section>(new ProposalsSection
            {
                Items = ValueList.Of(new Proposal { Subject = "修正要點案。", Votes = new VoteCount { For = 12 } }),
            }),
            Style = new DocumentStyle { NumberedFacts = true },
        };

        var events = Walk(meeting).Events;
        var sections = events.IndexOf("sections:");

        Assert.Equal(
            ["sections:", "[", "{", "kind:", "'proposals'", "items:", "[", "{", "subject:", "'修正要點案。'", "votes:", "{", "for:", "12", "}", "}", "]", "}", "]"],
            events.Skip(sections).Take(19));
        Assert.Equal(["style:", "{", "numberedFacts:", "true", "}", "}"], events.Skip(events.Count - 6));
    }

    public static TheoryData<string, string, string, TextRole?> Placed => new()
    {
        { "agency", "宜蘭縣政府", "agency", TextRole.Title },
        { "location", "本府第一會議室", "location", TextRole.Text },
        { "chair-title", "秘書長", "chair.title", TextRole.Name },
        { "attendance-note", "詳如簽到表", "attendance.note", TextRole.Text },
        { "attendance-label", "列席單位人員", "attendance.groups[0].label", TextRole.Name },
        { "attendee-substitute", "許維倫", "attendance.groups[0].people[0].substitute", TextRole.Name },
        { "section-title", "主席致詞", "sections[0].title", TextRole.Numbered },
        { "section-text", "感謝各位。", "sections[0].text", TextRole.Text },
        { "item", "一、准予備查", "sections[0].items[0].text", TextRole.Numbered },
        { "sub-item", "加強宣導", "sections[0].items[0].items[0].text", TextRole.Numbered },
        { "report-decision", "准予備查", "sections[0].items[0].decision[0].text", TextRole.Decision },
        { "suggestion", "建議加強宣導。", "sections[0].items[0].suggestions[0].text", TextRole.Numbered },
        { "response", "遵照辦理。", "sections[0].items[0].suggestions[0].response[0].text", TextRole.Text },
        { "followup-decision", "解除列管", "sections[0].items[0].decision", TextRole.Decision },
        { "proposal-explanation", "依規定辦理。", "sections[0].items[0].explanation[0].text", TextRole.Numbered },
        { "proposal-resolution", "照案通過", "sections[0].items[0].resolution[0].text", TextRole.Resolution },
        { "motion-resolution", "照案通過", "sections[0].items[0].resolution[0].text", TextRole.Resolution },
        { "notice-remark", "請攜帶資料", "notice.remarks[0]", TextRole.Text },
    };

    [Theory]
    [MemberData(nameof(Placed))]
    public void Each_text_comes_with_its_path_and_declared_role(string place, string text, string path, TextRole? role)
    {
        var texts = Walk(Meetings.With(place, text)).Texts;

        Assert.Contains((path, text, role), texts);
    }

    [Theory]
    [InlineData("date", "2017-07-18")]
    [InlineData("start", "13:30")]
    [InlineData("sections[0].kind", "reports")]
    [InlineData("style.recorderLabel", "記錄")]
    public void Dates_times_kinds_and_style_texts_have_no_role(string path, string text)
    {
        var meeting = Meetings.With("report-decision", "准予備查") with { Style = new DocumentStyle { RecorderLabel = "記錄" } };

        Assert.Contains((path, text, (TextRole?)null), Walk(meeting).Texts);
    }

    [Theory]
    [InlineData(typeof(Meeting), "agency", TextRole.Title)]
    [InlineData(typeof(Meeting), "session", TextRole.Title)]
    [InlineData(typeof(Person), "surname", TextRole.Name)]
    [InlineData(typeof(Attendee), "unit", TextRole.Name)]
    [InlineData(typeof(FollowUpItem), "status", TextRole.Text)]
    [InlineData(typeof(Report), "title", TextRole.Numbered)]
    [InlineData(typeof(Motion), "subject", TextRole.Numbered)]
    [InlineData(typeof(VoteCount), "method", TextRole.Text)]
    [InlineData(typeof(Attachment), "title", TextRole.Text)]
    [InlineData(typeof(NoticeRecipient), "unit", TextRole.Name)]
    [InlineData(typeof(Notice), "phone", TextRole.Text)]
    [InlineData(typeof(RemarksSection), "title", TextRole.Numbered)]
    [InlineData(typeof(FollowUpSection), "text", TextRole.Text)]
    [InlineData(typeof(ReportsSection), "intro", TextRole.Text)]
    [InlineData(typeof(DocumentStyle), "recorderLabel", null)]
    [InlineData(typeof(DocumentStyle), "emptySection", null)]
    [InlineData(typeof(Meeting), "date", null)]
    [InlineData(typeof(Meeting), "chair", null)]
    public void Roles_are_declared_on_the_model_properties(Type type, string key, TextRole? role)
    {
        Assert.Equal(role, TypeShape.For(type).Find(key)!.Role);
    }

    [Fact]
    public void Empty_texts_are_walked_and_nulls_are_not()
    {
        var meeting = Meetings.Minimal() with { Session = "", Recorder = ValueList<Person>.Empty };

        var texts = Walk(meeting).Texts;

        Assert.Contains(("session", "", TextRole.Title), texts);
        Assert.DoesNotContain(texts, t => t.Path.StartsWith("recorder", StringComparison.Ordinal));
    }

    [Fact]
    public void Paths_are_unique_in_document_order()
    {
        var meeting = Minutes.Templating.Input.MeetingReader.ReadFile(TestSupport.Repository.Example("yilan-2017.yaml")).Meeting!;

        var paths = Walk(meeting).Texts.Select(t => t.Path).ToList();

        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.True(paths.IndexOf("sections[1].items[0].suggestions[3].ruling[0].text") < paths.IndexOf("sections[1].items[7].decision[0].text"));
        Assert.True(paths.IndexOf("sections[1].items[7].decision[0].text") < paths.IndexOf("sections[5].items[1].resolution[0].text"));
    }

    private static RecordingVisitor Walk(Meeting meeting)
    {
        var visitor = new RecordingVisitor();
        ModelWalker.Visit(meeting, visitor);
        return visitor;
    }
}
