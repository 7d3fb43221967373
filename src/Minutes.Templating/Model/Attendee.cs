using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>One entry of an attendance group: a unit, a person, or a person of a unit, and how they attended.</summary>
[Description("出（列）席者：單位及（或）人員、身分、出席狀態")]
public sealed record Attendee
{
    /// <summary>The unit (局處), such as 社會處.</summary>
    [Role(TextRole.Name)]
    [ScalarForm]
    [Description("單位，例如：社會處")]
    public string? Unit { get; init; }

    /// <summary>The person attending, if named.</summary>
    [Description("人員")]
    public Person? Person { get; init; }

    /// <summary>The person's role at the meeting, such as 召集人 or 委員代表; printed in brackets after the name.</summary>
    [Role(TextRole.Name)]
    [Description("會議中之身分，例如：召集人、副召集人（印於姓名後括號內）")]
    public string? Role { get; init; }

    /// <summary>
    /// The status: 出席, 請假, 缺席, 未派員 or 代理 (see <see cref="AttendanceStatus"/>); when absent,
    /// 代理 if <see cref="Substitute"/> is named, else the group's (see <see cref="AttendanceGroup.StatusOf"/>).
    /// </summary>
    [Role(TextRole.Name)]
    [Description("出席狀態：出席、請假、缺席、未派員、代理；未填時為出席（填代理人時為代理）")]
    public string? Status { get; init; }

    /// <summary>The substitute's name when someone attended in this person's place, printed 「王○○（許維倫代）」.</summary>
    [Role(TextRole.Name)]
    [Description("代理人姓名，例如：許維倫（紀錄寫成「王○○（許維倫代）」）")]
    public string? Substitute { get; init; }
}
