using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>Who attended (出席), who sat in (列席) and who sent apologies (請假).</summary>
[Description("出席、列席與請假")]
public sealed record Attendance
{
    /// <summary>A note written instead of or beside the lists, such as 詳如簽到表.</summary>
    [Role(TextRole.Text)]
    [Description("說明文字，例如：詳如簽到表")]
    public string? Note { get; init; }

    /// <summary>Members and units present (出席).</summary>
    [Description("出席者")]
    public ValueList<Attendee> Present { get; init; } = ValueList<Attendee>.Empty;

    /// <summary>Units and people sitting in (列席).</summary>
    [Description("列席者")]
    public ValueList<Attendee> Observers { get; init; } = ValueList<Attendee>.Empty;

    /// <summary>Members absent with apologies (請假).</summary>
    [Description("請假者")]
    public ValueList<Attendee> Absent { get; init; } = ValueList<Attendee>.Empty;
}
