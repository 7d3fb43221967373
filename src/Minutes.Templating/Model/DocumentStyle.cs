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

    /// <summary>
    /// Print each attendance group as its label on a line, then its people as 「單位：姓名」 pairs,
    /// two to a row in columns, instead of one line joined with 、.
    /// </summary>
    [Description("出（列）席分組改為「單位：姓名」兩欄排列（預設每組一行，以「、」連接）")]
    public bool AttendanceInColumns { get; init; }
    /// <summary>
    /// The document type closing the title: 會議紀錄 (default), 議事錄 (legislative bodies) or
    /// the older 會議記錄. A meeting name ending in 會議 is not doubled: 鄉務會議 gives
    /// 鄉務會議紀錄.
    /// </summary>
    [Description("文件類型，接於標題之末：會議紀錄、議事錄或舊式「會議記錄」")]
    public string DocumentType { get; init; } = "會議紀錄";

    /// <summary>Write the date with the era name: 中華民國114年10月1日 rather than 114年10月1日.</summary>
    [Description("日期冠以「中華民國」，例如：中華民國114年10月1日")]
    public bool EraName { get; init; }

    /// <summary>Write times on a 24-hour clock (14時30分) rather than with 上午/下午 (下午2時30分).</summary>
    [Description("時間採24小時制，例如：14時30分（不加上午、下午）")]
    public bool TwentyFourHour { get; init; }

    /// <summary>
    /// Write the meeting's time as a range on the 時間 line (14時30分至17時56分) instead of a
    /// closing 散會 line.
    /// </summary>
    [Description("時間欄寫為起訖，例如：下午2時30分至5時56分，不另列散會")]
    public bool TimeRange { get; init; }

    /// <summary>Write the adjournment as 散會（上午11時40分） rather than 散會：上午11時40分。</summary>
    [Description("散會時間置於括號內，例如：散會（上午11時40分）")]
    public bool BracketedAdjournment { get; init; }

    /// <summary>The text written for a section with nothing in it; empty to leave the section out.</summary>
    [Description("無內容段落之文字，例如：無。；空白表示省略該段")]
    public string EmptySection { get; init; } = "無。";
}
