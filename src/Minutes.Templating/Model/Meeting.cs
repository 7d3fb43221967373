using System;
using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// A meeting and everything its minutes record: the facts, who attended, and the sections
/// in the order they were taken.
/// </summary>
[Description("會議：基本資料、出席情形與議程")]
public sealed record Meeting
{
    /// <summary>The agency's full name, such as 宜蘭縣政府.</summary>
    [Role(TextRole.Title)]
    [Description("機關全銜，例如：宜蘭縣政府")]
    public required string Agency { get; init; }

    /// <summary>The meeting's name, such as 兒童及少年性剝削防制督導會報.</summary>
    [Role(TextRole.Title)]
    [Description("會議名稱，例如：兒童及少年性剝削防制督導會報")]
    public required string Name { get; init; }

    /// <summary>The session, such as 106年度第1次.</summary>
    [Role(TextRole.Title)]
    [Description("會議屆次，例如：106年度第1次")]
    public string? Session { get; init; }

    /// <summary>The date of the meeting.</summary>
    [Description("開會日期，例如：106年7月18日、106-07-18 或 2017-07-18")]
    public required DateTime Date { get; init; }

    /// <summary>The starting time; absent when the minutes record none.</summary>
    [Description("開始時間，例如：13:30 或 下午1時30分")]
    public TimeSpan? Start { get; init; }

    /// <summary>The adjournment time (散會).</summary>
    [Description("散會時間，例如：16:30 或 下午4時30分")]
    public TimeSpan? End { get; init; }

    /// <summary>The place, such as 本府第一會議室.</summary>
    [Role(TextRole.Text)]
    [Description("開會地點")]
    public required string Location { get; init; }

    /// <summary>
    /// The chair (主席); null when the minutes have no chair line, as a legislative committee's
    /// 議事錄, which lists 出席召集委員 instead (a group of <see cref="Attendance"/>).
    /// </summary>
    [Description("主席；立法院委員會議事錄等無主席欄者免填（改列「出席召集委員」分組）")]
    public Person? Chair { get; init; }

    /// <summary>
    /// True when the chair acts for the presiding officer: printed 「主席：林兼主任委員建元（代）」,
    /// or 「代理主席：」 with <see cref="DocumentStyle.ActingChairLine"/>.
    /// </summary>
    [Description("主席為代理（印成「主席：○○（代）」或「代理主席：○○」）")]
    public bool ActingChair { get; init; }

    /// <summary>The recorders (紀錄, 記錄 or 彙整; see <see cref="DocumentStyle.RecorderLabel"/>), each printed with the title when given.</summary>
    [Description("紀錄人員（可多人，各附職稱）；一人時可直接寫成一筆")]
    public ValueList<Person> Recorder { get; init; } = ValueList<Person>.Empty;

    /// <summary>Who attended, sat in or sent apologies.</summary>
    [Description("出席、列席與請假")]
    public Attendance Attendance { get; init; } = new();

    /// <summary>The sections, in the order taken.</summary>
    [Description("議程段落，依序排列")]
    public ValueList<Section> Sections { get; init; } = ValueList<Section>.Empty;

    /// <summary>Attachments (附件).</summary>
    [Description("附件")]
    public ValueList<Attachment> Attachments { get; init; } = ValueList<Attachment>.Empty;

    /// <summary>Facts used by the meeting notice only.</summary>
    [Description("開會通知單資料")]
    public Notice? Notice { get; init; }

    /// <summary>Choices between official forms the templates follow.</summary>
    [Description("格式選項")]
    public DocumentStyle Style { get; init; } = new();
}
