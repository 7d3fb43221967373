using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace Minutes.Templating.Model;

/// <summary>
/// Who attended, as agencies record it: groups such as 出席委員, 列席單位人員 or 列席官員, each
/// listing people with their status (請假, 缺席, 代理 …), and the head counts that council and
/// committee rules require (立法院議事規則 §53: those present, absent and on leave, and the
/// number). Counts are of the members' groups (not <see cref="AttendanceGroup.Observers"/>).
/// </summary>
[Description("出席情形：分組列出出（列）席人員，並計算應出席、實到、請假人數")]
public sealed record Attendance
{
    /// <summary>A note written when no group is listed, or beside the first, such as 詳如簽到表.</summary>
    [Role(TextRole.Text)]
    [Description("說明文字，例如：詳如簽到表（未分組列出時寫於「出席」之後）")]
    public string? Note { get; init; }

    /// <summary>The groups, in the order the minutes list them.</summary>
    [Description("出（列）席分組，例如：出席委員、列席單位人員、列席官員")]
    public ValueList<AttendanceGroup> Groups { get; init; } = ValueList<AttendanceGroup>.Empty;

    /// <summary>
    /// The body's declared membership (應出席人數, members in office), when known. When it is set,
    /// <see cref="ExpectedCount"/> is this number and lint reports a resolution recorded
    /// without more than half of it present (rule <c>quorum</c>).
    /// </summary>
    [Description("應出席人數（全體委員數）；填寫時據以檢查決議時出席是否過半")]
    public int? Membership { get; init; }

    /// <summary>Blank rows the sign-in sheet adds to each table for substitutes and people not listed (default 3).</summary>
    [Description("簽到表每一表格末之空白列數（供代理人或臨時出席者簽到），預設 3")]
    public int SpareRows { get; init; } = 3;

    /// <summary>The members' groups (出席), in order.</summary>
    public IReadOnlyList<AttendanceGroup> MemberGroups => Groups.Where(g => !g.Observers).ToList();

    /// <summary>The observers' groups (列席), in order.</summary>
    public IReadOnlyList<AttendanceGroup> ObserverGroups => Groups.Where(g => g.Observers).ToList();

    /// <summary>True when the members' groups list anyone, so the counts say something.</summary>
    public bool HasMembersListed => MemberGroups.Any(g => g.People.Count > 0);

    /// <summary>應出席: <see cref="Membership"/> when declared, else the people listed in the members' groups.</summary>
    public int ExpectedCount => Membership ?? MemberGroups.Sum(g => g.People.Count);

    /// <summary>實到: people of the members' groups who attended in person or by a substitute (出席, 代理).</summary>
    public int PresentCount => MemberGroups.Sum(g => g.Attending.Count);

    /// <summary>請假: people of the members' groups on leave.</summary>
    public int OnLeaveCount => MemberGroups.Sum(g => g.People.Count(p => g.StatusOf(p) == AttendanceStatus.OnLeave));

    /// <summary>缺席: people of the members' groups absent without leave, units that sent no one (未派員) included.</summary>
    public int AbsentCount => MemberGroups.Sum(g => g.People.Count(p => g.StatusOf(p) is AttendanceStatus.Absent or AttendanceStatus.NotSent));
}
