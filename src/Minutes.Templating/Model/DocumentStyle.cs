using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// Choices between official forms that agencies make differently; the built-in templates
/// follow them. The defaults are the current official forms.
/// </summary>
[Description("格式選項：各機關慣用寫法")]
public sealed record DocumentStyle
{
    /// <summary>The recorder label: 紀錄 (official since 2019), the older 記錄, or 彙整 as some commissions write.</summary>
    [Description("紀錄者標示文字：紀錄（108年起之用字）、舊式「記錄」或「彙整」")]
    public string RecorderLabel { get; init; } = "紀錄";

    /// <summary>Write brackets half-width, (星期二) and (一), as older documents do.</summary>
    [Description("括號使用半形，例如 (星期二)、(一)（舊式寫法）")]
    public bool HalfWidthBrackets { get; init; }

    /// <summary>
    /// Number the meeting facts (日期, 地點, 主席, 出席) as sections 壹、貳、參、肆、 before the
    /// agenda, as older minutes such as the 2017 seed do.
    /// </summary>
    [Description("將日期、地點、主席、出席等基本資料編列為壹、貳、參、肆（舊式寫法）")]
    public bool NumberedFacts { get; init; }

    /// <summary>Write an acting chair as a line 「代理主席：」 instead of 「主席：○○（代）」.</summary>
    [Description("代理主席寫成「代理主席：○○」（預設為「主席：○○（代）」）")]
    public bool ActingChairLine { get; init; }

    /// <summary>The text written for a section with nothing in it; empty to leave the section out.</summary>
    [Description("無內容段落之文字，例如：無。；空白表示省略該段")]
    public string EmptySection { get; init; } = "無。";
}
