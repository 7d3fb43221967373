using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// A person named in the minutes. The full name is stored once; surname and given name are
/// derived from it (compound surnames such as 歐陽 or 張簡 included) unless
/// <see cref="Surname"/> says otherwise, so both 賴秘書長錫祿 and 黃淑鈴委員 can be written.
/// </summary>
[Description("人員：姓名與職稱")]
public sealed record Person
{
    /// <summary>Full name, surname first, such as 賴錫祿.</summary>
    [Role(TextRole.Name)]
    [Description("姓名（全名），例如：賴錫祿")]
    public required string Name { get; init; }

    /// <summary>Title or office, such as 秘書長 or 委員.</summary>
    [Role(TextRole.Name)]
    [Description("職稱，例如：秘書長、委員")]
    public string? Title { get; init; }

    /// <summary>The surname when it cannot be derived from the full name (rare surnames).</summary>
    [Role(TextRole.Name)]
    [Description("姓氏（僅在無法由全名判斷時填寫，例如少見的複姓）")]
    public string? Surname { get; init; }

    /// <summary>The unit (局處) the person belongs to.</summary>
    [Role(TextRole.Name)]
    [Description("所屬單位（局處）")]
    public string? Unit { get; init; }
}
