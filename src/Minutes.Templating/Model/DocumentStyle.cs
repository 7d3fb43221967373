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
    /// Print the chair and recorder lines after the attendance (出席, 列席, 來賓 …) rather than
    /// before it, each on its own line, as council proceedings (議事錄) do.
    /// </summary>
    [Description("主席、紀錄各列一行，置於出（列）席之後（議會議事錄之寫法）")]
    public bool ChairAfterAttendance { get; init; }

    /// <summary>
    /// What separates the names of an attendance line, and several recorders: 、 by default;
    /// council proceedings write a space (黃定和 張建榮).
    /// </summary>
    [Description("出（列）席名單及多位紀錄人員之間的分隔，預設為「、」；議會議事錄以空白分隔，例如：黃定和 張建榮")]
    public string NameSeparator { get; init; } = "、";

    /// <summary>
    /// Name the people of the attendance lines with the title before the full name (縣長林聰賢),
    /// as council proceedings list officials; the chair line keeps its form (林副議長棋山).
    /// </summary>
    [Description("出（列）席名單寫成「職稱＋全名」，例如：縣長林聰賢（主席仍寫成「林副議長棋山」）")]
    public bool TitleBeforeName { get; init; }

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

    /// <summary>Write the date without its weekday (中華民國104年1月21日), as council proceedings do.</summary>
    [Description("日期後不寫星期，例如：中華民國104年1月21日（議會議事錄之寫法）")]
    public bool NoWeekday { get; init; }

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

    /// <summary>
    /// Write the date with digits and dots, 106.5.12, as schools and some offices do, rather
    /// than 106年5月12日. With <see cref="EraName"/> it is preceded by 中華民國.
    /// </summary>
    [Description("日期以數字與點書寫，例如：106.5.12（預設為106年5月12日）")]
    public bool NumericDate { get; init; }

    /// <summary>Write the weekday after the date as （五） rather than （星期五）.</summary>
    [Description("日期後之星期寫為簡式，例如：（五）（預設為（星期五））")]
    public bool ShortWeekday { get; init; }

    /// <summary>
    /// Write times with digits and a colon: 下午1:30, or 13:30 with <see cref="TwentyFourHour"/>,
    /// rather than 下午1時30分.
    /// </summary>
    [Description("時間以數字與冒號書寫，例如：下午1:30；與24小時制併用為13:30")]
    public bool ClockTime { get; init; }

    /// <summary>
    /// Mark the half of the day with AM and PM before the hour (PM1:30, PM1時30分) rather than
    /// 上午, 中午 and 下午; not used on a 24-hour clock.
    /// </summary>
    [Description("上午、下午改以 AM、PM 標示，例如：PM1:30（24小時制時不適用）")]
    public bool LatinPeriod { get; init; }

    /// <summary>
    /// Name people with the full name before the title, 張慶鴻校長, rather than surname, title,
    /// given name (張校長慶鴻), in the chair line and the attendance.
    /// </summary>
    [Description("主席及出（列）席人員寫成「全名＋職稱」，例如：張慶鴻校長（預設為「張校長慶鴻」）")]
    public bool NameBeforeTitle { get; init; }

    /// <summary>
    /// The labels of the outline from the sections down, one form a level, each with one
    /// numeral 壹, 一 or 1 that the number replaces: 壹、 一、 （一） 1、 （1） by default; a
    /// school may write 一、 (一) (1). Fewer than five forms: the last repeats for deeper levels.
    /// The meeting facts, when numbered (<see cref="NumberedFacts"/>), take the first form too.
    /// </summary>
    [Description("段落以下各層編號之寫法，依層次列出，各含一個數字（壹、一或1），例如：[一、, (一), (1)]；預設為 壹、 一、 （一） 1、 （1）")]
    public ValueList<string> OutlineLabels { get; init; } = ValueList<string>.Empty;

    /// <summary>
    /// The labels of the points of a field (說明, 辦法, 決議 …), one form a level, as
    /// <see cref="OutlineLabels"/>: 一、 （一） 1、 （1） by default; some agencies write 1. (1).
    /// </summary>
    [Description("說明、辦法、決議等欄位內各層編號之寫法，例如：[1., (1)]；預設為 一、 （一） 1、 （1）")]
    public ValueList<string> FieldOutlineLabels { get; init; } = ValueList<string>.Empty;

    /// <summary>Number a field of one point too (決議：1.通過), instead of writing it as plain text.</summary>
    [Description("欄位僅一點時仍編號，例如：決議：1.通過（預設不編號）")]
    public bool NumberSinglePoint { get; init; }

    /// <summary>
    /// Print the adjournment as a numbered 散會 line even when its time is not recorded (the
    /// line is then 散會 alone).
    /// </summary>
    [Description("未記散會時間時仍列「散會」一項")]
    public bool AdjournmentLine { get; init; }

    /// <summary>
    /// Print the heading of a section with nothing in it alone (六、工作報告：), without
    /// <see cref="EmptySection"/>'s text and without leaving the section out.
    /// </summary>
    [Description("無內容之段落只列標題，例如：六、工作報告：（不寫「無。」亦不省略）")]
    public bool BareEmptySections { get; init; }

    /// <summary>The text written for a section with nothing in it; empty to leave the section out.</summary>
    [Description("無內容段落之文字，例如：無。；空白表示省略該段")]
    public string EmptySection { get; init; } = "無。";
}
