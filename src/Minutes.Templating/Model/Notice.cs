using System;
using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// The facts only the meeting notice (開會通知單) needs. The notice is a 公文 (《文書處理手冊》,
/// 其他公文); 國家文官學院《公文撰作解析》附錄 p. 36 gives its fields, in order: 檔號 and 保存年限,
/// the title, the agency's contact block, 受文者, 發文日期, 發文字號, 速別, 密等及解密條件或保密期限,
/// 附件, 開會事由, 開會時間, 開會地點, 主持人, 聯絡人及電話, 出席者, 列席者, 副本, 備註.
/// </summary>
[Description("開會通知單資料")]
public sealed record Notice
{
    /// <summary>The reason for the meeting (開會事由).</summary>
    [Role(TextRole.Text)]
    [Description("開會事由")]
    public string? Purpose { get; init; }

    /// <summary>The issuing reference (發文字號).</summary>
    [Role(TextRole.Text)]
    [Description("發文字號")]
    public string? Reference { get; init; }

    /// <summary>The issue date (發文日期).</summary>
    [Description("發文日期")]
    public DateTime? IssuedOn { get; init; }

    /// <summary>The contact person (聯絡人).</summary>
    [Description("聯絡人")]
    public Person? Contact { get; init; }

    /// <summary>The contact telephone (電話).</summary>
    [Role(TextRole.Text)]
    [Description("聯絡電話")]
    public string? Phone { get; init; }

    /// <summary>Those receiving a copy (副本), each printed with 「（含附件）」 when it also gets the attachments.</summary>
    [Description("副本受文者")]
    public ValueList<NoticeRecipient> Copies { get; init; } = ValueList<NoticeRecipient>.Empty;

    /// <summary>Remarks (備註).</summary>
    [Role(TextRole.Text)]
    [Description("備註")]
    public ValueList<string> Remarks { get; init; } = ValueList<string>.Empty;

    /// <summary>The file number (檔號), printed top right; optional.</summary>
    [Role(TextRole.Name)]
    [Description("檔號（右上角，可省略）")]
    public string? FileNumber { get; init; }

    /// <summary>The retention period (保存年限), printed top right under 檔號; optional.</summary>
    [Role(TextRole.Name)]
    [Description("保存年限（右上角，可省略）")]
    public string? RetentionPeriod { get; init; }

    /// <summary>The agency's address, contact person, phone, fax and e-mail, printed under the title.</summary>
    [Description("發文機關地址、聯絡人、電話、傳真、電子信箱")]
    public AgencyContact? AgencyContact { get; init; }

    /// <summary>The addressee (受文者): one unit, or 如正副本 (the default) when the notice is printed for all.</summary>
    [Role(TextRole.Name)]
    [Description("受文者（省略時為「如正副本」）")]
    public string? Recipient { get; init; }

    /// <summary>The urgency (速別): 最速件, 速件 or 普通件.</summary>
    [Role(TextRole.Name)]
    [Description("速別：最速件、速件或普通件")]
    public string? Speed { get; init; }

    /// <summary>The security classification (密等): 普通, 密, 機密, 極機密 or 絕對機密.</summary>
    [Role(TextRole.Name)]
    [Description("密等：普通、密、機密、極機密或絕對機密")]
    public string? Classification { get; init; }

    /// <summary>The declassification condition or confidentiality period (解密條件或保密期限), needed by every 密等 but 普通.</summary>
    [Role(TextRole.Text)]
    [Description("解密條件或保密期限（密等非「普通」時必填）")]
    public string? Declassification { get; init; }

    /// <summary>The attachments (附件) sent with the notice, such as 議程.</summary>
    [Role(TextRole.Text)]
    [Description("附件，例如：會議議程")]
    public ValueList<string> Attachments { get; init; } = ValueList<string>.Empty;

    /// <summary>
    /// The units the notice is addressed to (正本), printed as the 出席者 with 「（含附件）」
    /// where it applies; when empty, the 出席者 are the meeting's attendance.
    /// </summary>
    [Description("正本受文者（印於出席者欄；省略時印出席名單）")]
    public ValueList<NoticeRecipient> Originals { get; init; } = ValueList<NoticeRecipient>.Empty;
}
