using System.Collections.Generic;

namespace Minutes.Templating.Model;

/// <summary>The words of an attendee's status, as minutes and sign-in sheets write them.</summary>
public static class AttendanceStatus
{
    /// <summary>出席: attended in person (the default).</summary>
    public const string Present = "出席";

    /// <summary>請假: absent with leave.</summary>
    public const string OnLeave = "請假";

    /// <summary>缺席: absent without leave.</summary>
    public const string Absent = "缺席";

    /// <summary>未派員: a unit that sent no one.</summary>
    public const string NotSent = "未派員";

    /// <summary>代理: represented by the substitute named in <see cref="Attendee.Substitute"/>.</summary>
    public const string Substituted = "代理";

    /// <summary>Every status word, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = new[] { Present, OnLeave, Absent, NotSent, Substituted };
}
