using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// The words an agency uses for the items of one agenda section and their fields, such as
/// 討論事項一 and 案名 instead of 第一案 and 案由. Each label left out is the template's
/// default, so an agency's own template may choose its own; the built-in minutes template's
/// defaults are given with each label. The meaning of each field does not change with its label.
/// </summary>
[Description("議案與欄位標示文字；未填者使用範本預設")]
public sealed record AgendaLabels
{
    /// <summary>
    /// The heading of each item, with <c>{n}</c> for its number in Chinese numerals: 第{n}案
    /// (built-in default for proposals), 討論事項{n}, 提案{n}, 案由{n} (default for motions). An empty
    /// text numbers each item as an outline point (一、, or the second of
    /// <see cref="DocumentStyle.OutlineLabels"/>) followed by its subject.
    /// </summary>
    [Description("議案標號，{n} 為國字序號，例如：第{n}案、討論事項{n}、提案{n}；空白表示以「一、」編號並接案由")]
    public string? Item { get; init; }

    /// <summary>The label of the subject: 案由 (default) or 案名.</summary>
    [Description("案由之標示，例如：案由、案名")]
    public string? Subject { get; init; }

    /// <summary>The label of the explanation: 說明 (default) or 案情概要說明.</summary>
    [Description("說明之標示，例如：說明、案情概要說明")]
    public string? Explanation { get; init; }

    /// <summary>The label of the proposed course of action: 辦法 (default) or 擬辦.</summary>
    [Description("辦法之標示，例如：辦法、擬辦")]
    public string? Method { get; init; }

    /// <summary>
    /// The label of the closing field: 決定 for reports, 決議 for proposals and motions and
    /// 審查結論 for reviews by default; 結論 or another word where the agency writes so.
    /// </summary>
    [Description("結論欄之標示：報告事項預設「決定」，討論事項與臨時動議預設「決議」，審查事項預設「審查結論」；亦可為結論")]
    public string? Conclusion { get; init; }
}
