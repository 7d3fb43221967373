using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Minutes.Templating.Diagnostics;

/// <summary>
/// The catalogue of every rule this library reports, documented in <c>docs/rules.md</c>. Each
/// rule is implemented in one place; the findings it makes carry its <see cref="DiagnosticRule.Id"/>.
/// Ids are stable across versions: tools may match on them.
/// </summary>
public static class DiagnosticRules
{
    // Input: reading a meeting file.

    /// <summary><c>unreadable-file</c>: the file cannot be opened or read.</summary>
    public static DiagnosticRule UnreadableFile { get; } = Input("unreadable-file", "檔案無法開啟或讀取", "the file cannot be opened or read");

    /// <summary><c>input-too-large</c>: the input exceeds the size limit or holds too many values.</summary>
    public static DiagnosticRule InputTooLarge { get; } = Input("input-too-large", "檔案超過大小上限，或資料項目超過 100,000 個", "the input exceeds the size limit, or holds more than 100,000 values");

    /// <summary><c>empty-input</c>: the input holds no meeting.</summary>
    public static DiagnosticRule EmptyInput { get; } = Input("empty-input", "檔案是空的", "the input is empty");

    /// <summary><c>binary-input</c>: the input is not a text file.</summary>
    public static DiagnosticRule BinaryInput { get; } = Input("binary-input", "不是文字檔", "the input is not a text file");

    /// <summary><c>encoding</c>: the input is not valid UTF-8 (or UTF-16 with a byte-order mark).</summary>
    public static DiagnosticRule InvalidEncoding { get; } = Input("encoding", "文字編碼不是 UTF-8", "the text is not valid UTF-8");

    /// <summary><c>syntax</c>: the YAML or JSON is not well-formed.</summary>
    public static DiagnosticRule Syntax { get; } = Input("syntax", "YAML 或 JSON 語法錯誤", "the YAML or JSON is not well-formed");

    /// <summary><c>duplicate-key</c>: a key appears twice in one mapping.</summary>
    public static DiagnosticRule DuplicateKey { get; } = Input("duplicate-key", "同一層的鍵重複出現", "a key appears twice in one mapping");

    /// <summary><c>unknown-key</c>: a key the meeting model does not have.</summary>
    public static DiagnosticRule UnknownKey { get; } = Input("unknown-key", "不認得的鍵（可能拼錯）", "a key the meeting model does not have (a typo?)");

    /// <summary><c>unknown-kind</c>: a section <c>kind</c> the model does not have.</summary>
    public static DiagnosticRule UnknownKind { get; } = Input("unknown-kind", "不認得的段落種類 kind", "a section kind the model does not have");

    /// <summary><c>missing-field</c>: a required field is not written.</summary>
    public static DiagnosticRule MissingField { get; } = Input("missing-field", "缺少必填欄位", "a required field is missing");

    /// <summary><c>wrong-type</c>: a value of the wrong shape (text where a list is expected …).</summary>
    public static DiagnosticRule WrongType { get; } = Input("wrong-type", "值的寫法不對（例如應為清單卻寫成文字）", "a value of the wrong shape (text where a list is expected …)");

    /// <summary><c>invalid-date</c>: a date that is neither ROC nor ISO.</summary>
    public static DiagnosticRule InvalidDate { get; } = Input("invalid-date", "日期無法辨識（請寫民國或西元 年-月-日）", "a date that is neither ROC nor ISO");

    /// <summary><c>invalid-time</c>: a time that is not HH:mm or 上午/下午 form.</summary>
    public static DiagnosticRule InvalidTime { get; } = Input("invalid-time", "時間無法辨識（請寫 時:分，例如 14:30）", "a time that is not HH:mm or the 上午/下午 form");

    /// <summary>
    /// <c>midnight-time</c>: 上午12時 (AM 12:00) is read as midnight, 00:00, as the 12-hour clock
    /// has it; noon is 中午12時 or 下午12時. A warning: the time is read.
    /// </summary>
    public static DiagnosticRule MidnightTime { get; } = new("midnight-time", Severity.Warning, RuleStage.Input, "上午12時讀作午夜（0時）；中午請寫中午12時", "上午12時 (AM 12) is read as midnight; noon is 中午12時");

    /// <summary>
    /// <c>old-layout</c>: a meeting file in an earlier version's layout (0.2's attendance lists
    /// <c>present</c>, <c>observers</c>, <c>absent</c>); it is still read, and the finding says how
    /// to write it today. A warning: validating and rendering still succeed.
    /// </summary>
    public static DiagnosticRule OldLayout { get; } = new("old-layout", Severity.Warning, RuleStage.Input, "舊版寫法（仍可讀取，建議改寫）", "an earlier version's layout (still read; rewrite it)");

    // Validation: facts a meeting must get right to be rendered.

    /// <summary><c>empty-field</c>: a required text is blank.</summary>
    public static DiagnosticRule EmptyField { get; } = Validation("empty-field", "必填文字不可空白", "a required text is blank");

    /// <summary><c>missing-title</c>: a free section (kind: text) has no title.</summary>
    public static DiagnosticRule MissingTitle { get; } = Validation("missing-title", "自訂段落必須有標題", "a free section (kind: text) needs a title");

    /// <summary><c>invalid-character</c>: a control character or unpaired surrogate a document cannot hold.</summary>
    public static DiagnosticRule InvalidCharacter { get; } = Validation("invalid-character", "文件無法保存的控制字元或不成對的代理字元", "a control character or unpaired surrogate a document cannot hold");

    /// <summary>
    /// <c>text-too-long</c>: a text longer than <c>MeetingValidator.MaxTextLength</c> (1,000,000)
    /// characters, the most one value of a template may hold (<c>TemplateOptions.LimitToString</c>):
    /// no template could write it.
    /// </summary>
    public static DiagnosticRule TextTooLong { get; } = Validation("text-too-long", "單一欄位文字超過 1,000,000 字元", "a text longer than 1,000,000 characters");

    /// <summary><c>one-line-text</c>: a line break in a one-line text (a name, title, place, heading or label).</summary>
    public static DiagnosticRule OneLineText { get; } = Validation("one-line-text", "單行欄位（姓名、標題、地點、段落標題、標示等）不可換行", "a one-line text (a name, title, place, heading or label) holds a line break");

    /// <summary><c>end-before-start</c>: the adjournment (散會) is before the start.</summary>
    public static DiagnosticRule EndBeforeStart { get; } = Validation("end-before-start", "散會時間早於開會時間", "the meeting ends before it starts");

    /// <summary><c>notice-speed</c>: the notice's 速別 is not 最速件, 速件 or 普通件.</summary>
    public static DiagnosticRule NoticeSpeed { get; } = Validation("notice-speed", "開會通知單的速別須為最速件、速件或普通件", "a notice's urgency (速別) is 最速件, 速件 or 普通件");

    /// <summary><c>notice-classification</c>: the notice's 密等 is not one of the five levels.</summary>
    public static DiagnosticRule NoticeClassification { get; } = Validation("notice-classification", "開會通知單的密等須為普通、密、機密、極機密或絕對機密", "a notice's classification (密等) is 普通, 密, 機密, 極機密 or 絕對機密");

    /// <summary><c>notice-declassification</c>: a classified notice lacks its 解密條件 or 保密期限.</summary>
    public static DiagnosticRule NoticeDeclassification { get; } = Validation("notice-declassification", "密等不是「普通」時須寫解密條件或保密期限", "a classified notice needs its declassification condition or confidentiality period");

    /// <summary><c>attendance-status</c>: an attendee's status is not 出席, 請假, 缺席, 未派員 or 代理, or 代理 names no substitute.</summary>
    public static DiagnosticRule AttendanceStatus { get; } = Validation("attendance-status", "出席狀態須為出席、請假、缺席、未派員或代理（代理須寫代理人）", "an attendee's status is 出席, 請假, 缺席, 未派員 or 代理 (代理 with the substitute's name)");

    /// <summary><c>label-form</c>: a form of <c>style.outlineLabels</c> or <c>style.fieldOutlineLabels</c> does not hold one numeral.</summary>
    public static DiagnosticRule LabelForm { get; } = Validation("label-form", "編號寫法須含一個數字（壹、一或1），例如：一、、(一)、1.", "an outline label form holds one numeral (壹, 一 or 1), such as 一、, (一) or 1.");

    // Lint: the conventions of official minutes.

    /// <summary><c>recorder-label</c>: the recorder label is 紀錄 (official since 2019), not 記錄.</summary>
    public static DiagnosticRule RecorderLabel { get; } = Lint("recorder-label", "紀錄者標示應為「紀錄」（108年起之用字），而非「記錄」", "the recorder label is 紀錄 (official since 2019), not the older 記錄");

    /// <summary><c>title-punctuation</c>: the title carries no punctuation.</summary>
    public static DiagnosticRule TitlePunctuation { get; } = Lint("title-punctuation", "標題（機關全銜、會議名稱、屆次）不加標點符號", "the title (agency, meeting name, session) carries no punctuation");

    /// <summary><c>decision-word</c>: a report ends in 決定, a proposal or motion in 決議.</summary>
    public static DiagnosticRule DecisionWord { get; } = Lint("decision-word", "報告事項之結論稱「決定」，討論事項及臨時動議稱「決議」，標示由範本印出", "a report ends in a decision (決定), a proposal or motion in a resolution (決議); the template prints the label");

    /// <summary><c>manual-numbering</c>: a text carries a number the template adds.</summary>
    public static DiagnosticRule ManualNumbering { get; } = Lint("manual-numbering", "項次由範本自動編號，內容不需自行加上編號", "the template numbers this item; the text should not carry its own number");

    /// <summary><c>half-width-punctuation</c>: Chinese text takes full-width punctuation.</summary>
    public static DiagnosticRule HalfWidthPunctuation { get; } = Lint("half-width-punctuation", "中文內容應使用全形標點符號", "Chinese text takes full-width punctuation");

    /// <summary><c>weekday-form</c>: a weekday after a date is written （星期二）.</summary>
    public static DiagnosticRule WeekdayForm { get; } = Lint("weekday-form", "日期後之星期應寫為「（星期二）」，不寫「（二）」", "a weekday after a date is written （星期二）, not （二）");

    /// <summary><c>western-year</c>: dates in official documents use the ROC calendar.</summary>
    public static DiagnosticRule WesternYear { get; } = Lint("western-year", "公文日期應使用民國紀年", "dates in official documents use the ROC calendar");

    /// <summary><c>simplified-character</c>: a Traditional Chinese document has no simplified characters.</summary>
    public static DiagnosticRule SimplifiedCharacter { get; } = Lint("simplified-character", "正體中文文件不應出現簡體字", "a Traditional Chinese document has no simplified characters");

    /// <summary><c>record-noun</c>: the noun is 紀錄 (會議紀錄, 紀錄表); 記錄 is the verb (記錄在案).</summary>
    public static DiagnosticRule RecordNoun { get; } = Lint("record-noun", "名詞用「紀錄」（會議紀錄、紀錄表），動詞才用「記錄」（記錄在案）", "the noun is 紀錄 (會議紀錄, 紀錄表); 記錄 is the verb (記錄在案)");

    /// <summary><c>honorific-order</c>: the chair line names the chair surname, title, given name (主席：蔣市長萬安, not 蔣萬安市長).</summary>
    public static DiagnosticRule HonorificOrder { get; } = Lint("honorific-order", "主席列寫成「姓＋職稱＋名」（蔣市長萬安），不寫「全名＋職稱」（蔣萬安市長）", "the chair line names the chair surname, title, given name (蔣市長萬安, not 蔣萬安市長)");

    /// <summary><c>missing-resolution</c>: a proposal or motion without its resolution (決議).</summary>
    public static DiagnosticRule MissingResolution { get; } = Lint("missing-resolution", "討論事項及臨時動議的每一案都應有「決議」", "every proposal and motion needs a resolution (決議)");

    /// <summary><c>quorum</c>: a resolution recorded with no more than half of the declared membership present.</summary>
    public static DiagnosticRule Quorum { get; } = Lint("quorum", "決議須有過半數委員出席；出席人數未過半時不宜作成決議", "a resolution needs more than half of the members present");

    /// <summary><c>notice-recipient</c>: the notice's 受文者 is one of its recipients, or 如正副本.</summary>
    public static DiagnosticRule NoticeRecipient { get; } = Lint("notice-recipient", "開會通知單的受文者應為正本或副本之一，印給全部受文者時寫「如正副本」", "a notice's addressee (受文者) is one of its recipients, or 如正副本 when printed for all");

    // Template: compiling and rendering a .docx template.

    /// <summary><c>template-package</c>: the template is not a readable, safe .docx package.</summary>
    public static DiagnosticRule TemplatePackage { get; } = Template("template-package", "範本不是可讀取且安全的 .docx 檔", "the template is not a readable, safe .docx package");

    /// <summary><c>template-syntax</c>: a tag Scriban cannot parse, or blocks that do not match.</summary>
    public static DiagnosticRule TemplateSyntax { get; } = Template("template-syntax", "範本標籤語法錯誤或區塊不成對", "a tag that cannot be parsed, or blocks that do not match");

    /// <summary><c>template-render</c>: a tag failed while rendering (unknown member, limit reached …).</summary>
    public static DiagnosticRule TemplateRender { get; } = Template("template-render", "套印時範本標籤執行失敗（找不到成員、超過上限 …）", "a tag failed while rendering (unknown member, limit reached …)");

    /// <summary><c>section-marker</c>: the template does not mark the part of the document a section of the Word add-in is taken from.</summary>
    public static DiagnosticRule SectionMarker { get; } = Template("section-marker", "範本沒有以書籤標出要插入的段落", "the template marks no part for a section to be inserted");

    // Section: the fields of one section inserted by the Word add-in.

    /// <summary><c>unknown-field</c>: a field the section does not have.</summary>
    public static DiagnosticRule UnknownField { get; } = Section("unknown-field", "此段落沒有這個欄位", "a field the section does not have");

    /// <summary><c>required-field</c>: a required field is empty.</summary>
    public static DiagnosticRule RequiredField { get; } = Section("required-field", "必填欄位未填", "a required field is empty");

    /// <summary><c>field-too-long</c>: a field longer than its limit.</summary>
    public static DiagnosticRule FieldTooLong { get; } = Section("field-too-long", "欄位內容超過長度上限", "a field longer than its limit");

    /// <summary><c>line-break</c>: a single-line field holds a line break.</summary>
    public static DiagnosticRule LineBreak { get; } = Section("line-break", "單行欄位不可換行", "a single-line field holds a line break");

    /// <summary><c>invalid-number</c>: a number field that is not a whole number in range.</summary>
    public static DiagnosticRule InvalidNumber { get; } = Section("invalid-number", "數字欄位須為範圍內的整數", "a number field that is not a whole number in range");

    /// <summary>Every rule, in the order of this catalogue.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } = typeof(DiagnosticRules)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(DiagnosticRule))
        .OrderBy(p => p.MetadataToken)
        .Select(p => (DiagnosticRule)p.GetValue(null)!)
        .ToArray();

    /// <summary>Finds a rule by its id.</summary>
    /// <param name="id">A rule id such as <c>unknown-key</c>.</param>
    /// <returns>The rule, or null when the catalogue has none with that id.</returns>
    public static DiagnosticRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    private static DiagnosticRule Input(string id, string zh, string en) => new(id, Severity.Error, RuleStage.Input, zh, en);

    private static DiagnosticRule Validation(string id, string zh, string en) => new(id, Severity.Error, RuleStage.Validation, zh, en);

    private static DiagnosticRule Lint(string id, string zh, string en) => new(id, Severity.Warning, RuleStage.Lint, zh, en);

    private static DiagnosticRule Template(string id, string zh, string en) => new(id, Severity.Error, RuleStage.Template, zh, en);

    private static DiagnosticRule Section(string id, string zh, string en) => new(id, Severity.Error, RuleStage.Section, zh, en);
}
