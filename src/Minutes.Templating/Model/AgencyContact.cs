using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// The issuing agency's contact block printed under the title of a 公文 such as the meeting
/// notice: 地址, 聯絡人, 電話, 傳真, 電子信箱 (國家文官學院《公文撰作解析》附錄 pp. 36 and 56;
/// 《文書處理手冊》).
/// </summary>
[Description("發文機關聯絡資料：地址、聯絡人、電話、傳真、電子信箱")]
public sealed record AgencyContact
{
    /// <summary>The agency's postal address (地址).</summary>
    [Role(TextRole.Name)]
    [Description("機關地址")]
    public string? Address { get; init; }

    /// <summary>The person handling the notice (聯絡人); the notice's own contact when absent.</summary>
    [Description("聯絡人（省略時用通知單之聯絡人）")]
    public Person? Contact { get; init; }

    /// <summary>The telephone (電話); the notice's own phone when absent.</summary>
    [Role(TextRole.Name)]
    [Description("聯絡電話（省略時用通知單之電話）")]
    public string? Phone { get; init; }

    /// <summary>The fax number (傳真).</summary>
    [Role(TextRole.Name)]
    [Description("傳真")]
    public string? Fax { get; init; }

    /// <summary>The e-mail address (電子信箱).</summary>
    [Role(TextRole.Name)]
    [Description("電子信箱")]
    public string? Email { get; init; }
}
