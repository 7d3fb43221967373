using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// One unit a meeting notice (開會通知單) is sent to, as 正本 or 副本. A unit that also gets
/// the attachments is printed with 「（含附件）」 after its name (國家文官學院《公文撰作解析》附錄
/// p. 36; see the project's official-format notes, section 開會通知單).
/// </summary>
[Description("正本或副本受文者：單位名稱，及是否含附件")]
public sealed record NoticeRecipient
{
    /// <summary>The unit, such as 本所建設課.</summary>
    [ScalarForm]
    [Role(TextRole.Name)]
    [Description("受文單位，例如：本所建設課")]
    public string? Unit { get; init; }

    /// <summary>Whether the unit also gets the attachments: printed as 「（含附件）」 after its name.</summary>
    [Description("是否含附件（印「（含附件）」）")]
    public bool WithAttachments { get; init; }
}
