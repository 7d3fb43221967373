using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace Minutes.Templating.Model;

/// <summary>
/// One group of the attendance with the label the minutes print, such as 出席委員, 列席單位人員,
/// 列席官員 or 出席召集委員. A group labelled with a status (請假, 缺席, 未派員) gives that status
/// to the people it lists who have none of their own.
/// </summary>
[Description("出（列）席分組：標示、人員與說明")]
public sealed record AttendanceGroup
{
    /// <summary>The label, such as 出席委員 or 列席單位人員.</summary>
    [Role(TextRole.Name)]
    [Description("分組標示，例如：出席委員、列席單位人員、列席官員、請假")]
    public string Label { get; init; } = "出席";

    /// <summary>True for a group sitting in (列席): listed in the sign-in sheet's 列席 table and not counted as members.</summary>
    [Description("是否為列席（不計入應出席人數，簽到表列於「列席」表）")]
    public bool Observers { get; init; }

    /// <summary>A note printed after the group, such as 詳簽到表.</summary>
    [Role(TextRole.Text)]
    [Description("說明文字，例如：詳簽到表")]
    public string? Note { get; init; }

    /// <summary>The units and people, in order; people of one unit follow each other.</summary>
    [Description("人員（單位及姓名），同一單位之多人依序列出")]
    public ValueList<Attendee> People { get; init; } = ValueList<Attendee>.Empty;

    /// <summary>The people who attended, in person or by a substitute: the names printed after the label.</summary>
    public IReadOnlyList<Attendee> Attending => People.Where(p => StatusOf(p) is AttendanceStatus.Present or AttendanceStatus.Substituted).ToList();

    /// <summary>The people of this group on leave (請假), in order.</summary>
    public IReadOnlyList<Attendee> OnLeave => With(AttendanceStatus.OnLeave);

    /// <summary>The people of this group absent without leave (缺席), in order.</summary>
    public IReadOnlyList<Attendee> Absent => With(AttendanceStatus.Absent);

    /// <summary>The units of this group that sent no one (未派員), in order.</summary>
    public IReadOnlyList<Attendee> NotSent => With(AttendanceStatus.NotSent);

    /// <summary>The status of each of <see cref="People"/>, in the same order (see <see cref="StatusOf"/>); for templates, which cannot call methods.</summary>
    public IReadOnlyList<string> Statuses => People.Select(StatusOf).ToList();

    /// <summary>
    /// The status of <paramref name="attendee"/> in this group: its own <see cref="Attendee.Status"/>;
    /// else 代理 when a substitute is named; else the group's label when that is a status (請假,
    /// 缺席, 未派員); else 出席.
    /// </summary>
    /// <param name="attendee">A person of this group.</param>
    /// <returns>One of the <see cref="AttendanceStatus"/> words.</returns>
    public string StatusOf(Attendee attendee)
    {
        _ = attendee ?? throw new System.ArgumentNullException(nameof(attendee));
        if (!string.IsNullOrWhiteSpace(attendee.Status))
        {
            return attendee.Status!.Trim();
        }

        if (!string.IsNullOrWhiteSpace(attendee.Substitute))
        {
            return AttendanceStatus.Substituted;
        }

        var label = Label.Trim();
        return label is AttendanceStatus.OnLeave or AttendanceStatus.Absent or AttendanceStatus.NotSent ? label : AttendanceStatus.Present;
    }

    private List<Attendee> With(string status) => People.Where(p => StatusOf(p) == status).ToList();
}
