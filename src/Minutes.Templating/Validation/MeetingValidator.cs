using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;

namespace Minutes.Templating.Validation;

/// <summary>
/// Checks the facts a meeting must get right to be rendered at all, beyond what reading
/// the input checks (types, keys, dates). Wording conventions (決定 versus 決議, 紀錄 versus
/// 記錄) are the convention checks' business, not this class's.
/// </summary>
public static class MeetingValidator
{
    /// <summary>
    /// The most characters one text may have: the most one value of a template may hold
    /// (<see cref="Compilation.TemplateOptions.LimitToString"/>'s default). A longer text failed
    /// inside the template, at one of its functions, instead of at the field.
    /// </summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>Validates <paramref name="meeting"/> and returns every problem found.</summary>
    /// <param name="meeting">The meeting to check.</param>
    /// <returns>
    /// The problems, each an error with its data path (rules <c>end-before-start</c>,
    /// <c>empty-field</c>, <c>missing-title</c>, <c>attendance-status</c>, <c>label-form</c>, <c>invalid-character</c>, <c>one-line-text</c>, <c>text-too-long</c>); empty when the meeting is valid.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(Meeting meeting)
    {
        _ = meeting ?? throw new ArgumentNullException(nameof(meeting));
        var found = new List<Diagnostic>();
        if (meeting.End is { } end && meeting.Start is { } start && end < start)
        {
            found.Add(Diagnostic.Of(DiagnosticRules.EndBeforeStart, "end",
                $"散會時間{Written(end)}早於開會時間{Written(start)}",
                $"the meeting ends ({Clock(end)}) before it starts ({Clock(start)})"));
        }

        RequireText(found, meeting.Agency, "agency", "機關全銜", "agency");
        RequireText(found, meeting.Name, "name", "會議名稱", "meeting name");
        RequireText(found, meeting.Location, "location", "開會地點", "location");
        RequireText(found, meeting.Chair?.Name, "chair.name", "主席姓名", "chair's name");
        for (var i = 0; i < meeting.Sections.Count; i++)
        {
            if (meeting.Sections[i] is TextSection { Untitled: false, Title: null or "" })
            {
                found.Add(Diagnostic.Of(DiagnosticRules.MissingTitle, DataPath.Root.Property("sections").Item(i).Property("title").ToString(),
                    "自訂段落（kind: text）必須有標題 title；不印標題的段落（例如會議紀錄末尾的說明）請寫 untitled: true",
                    "a free section (kind: text) needs a title; for a section printed without one, write untitled: true"));
            }
        }

        found.AddRange(AttendanceStatuses(meeting.Attendance));
        found.AddRange(LabelForms(meeting.Style.OutlineLabels, "outlineLabels"));
        found.AddRange(LabelForms(meeting.Style.FieldOutlineLabels, "fieldOutlineLabels"));
        found.AddRange(NoticeValidator.Validate(meeting));

        // Every text the document or its embedded data would hold, also fields a template does
        // not show, so that an unholdable character is named before any template runs.
        foreach (var (path, position, character) in UnstorableTextFinder.Find(meeting))
        {
            var code = ((int)character).ToString("X4", CultureInfo.InvariantCulture);
            found.Add(Diagnostic.Of(DiagnosticRules.InvalidCharacter, path.ToString(),
                $"第 {position + 1} 個字元 U+{code} 是控制字元或不成對的代理字元，文件無法保存，請刪除",
                $"character {position + 1}, U+{code}, is a control character or an unpaired surrogate that a document cannot hold: remove it"));
        }

        found.AddRange(LineBreaks(meeting));
        ModelWalker.VisitTexts(meeting, (value, at) =>
        {
            if (value.Length > MaxTextLength)
            {
                found.Add(Diagnostic.Of(DiagnosticRules.TextTooLong, at.Path().ToString(),
                    $"這段文字有 {value.Length.ToString("N0", CultureInfo.InvariantCulture)} 個字元，超過單一欄位上限 {MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)} 字元；請分成幾段（例如條列項目 items）或移到附件",
                    $"this text has {value.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the limit of {MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)} for one text; split it (into outline items, for example) or move it to an attachment"));
            }
        });
        return found;
    }

    /// <summary>
    /// Each one-line text (any text whose property lacks <see cref="MultiLineAttribute"/>) that
    /// holds a line break: a template writes it inside one paragraph, where a soft break would be
    /// stretched across a justified line.
    /// </summary>
    private static List<Diagnostic> LineBreaks(Meeting meeting)
    {
        var found = new List<Diagnostic>();
        ModelWalker.VisitTexts(meeting, (value, at) =>
        {
            var position = at.IsMultiLine ? -1 : value.IndexOfAny(['\r', '\n']);
            if (position >= 0)
            {
                var start = Math.Max(0, position - 10);
                start = start > 0 && char.IsLowSurrogate(value[start]) ? start - 1 : start;
                var before = value.Substring(start, position - start);
                found.Add(Diagnostic.Of(DiagnosticRules.OneLineText, at.Path().ToString(),
                    $"此欄位只能寫一行，「{before}」之後有換行（第 {position + 1} 個字元）；請刪除換行。需要分段的內容請寫在可分段的欄位（說明、條列項目 items、回應）",
                    $"this field is one line, but a line break follows '{before}' (character {position + 1}); remove it. Text that needs paragraphs belongs in a field that takes them (an explanation, outline items, a response)"));
            }
        });
        return found;
    }

    /// <summary>Each attendee's status is a known word, 代理 names the substitute, and a substitute written is not blank.</summary>
    private static IEnumerable<Diagnostic> AttendanceStatuses(Attendance attendance)
    {
        var known = string.Join("、", AttendanceStatus.All);
        for (var g = 0; g < attendance.Groups.Count; g++)
        {
            var people = attendance.Groups[g].People;
            for (var i = 0; i < people.Count; i++)
            {
                var path = DataPath.Root.Property("attendance").Property("groups").Item(g).Property("people").Item(i);
                var status = people[i].Status?.Trim();
                if (!string.IsNullOrEmpty(status) && !AttendanceStatus.All.Contains(status!))
                {
                    yield return Diagnostic.Of(DiagnosticRules.AttendanceStatus, path.Property("status").ToString(),
                        $"出席狀態「{status}」無法辨識；請寫{known}其中之一（未填為出席）",
                        $"the status '{status}' is not one of {string.Join(", ", AttendanceStatus.All)} (blank means 出席)");
                }
                else if (status == AttendanceStatus.Substituted && string.IsNullOrWhiteSpace(people[i].Substitute))
                {
                    yield return Diagnostic.Of(DiagnosticRules.AttendanceStatus, path.Property("substitute").ToString(),
                        "狀態為代理時請寫代理人姓名，例如 substitute: 許維倫",
                        "a status of 代理 needs the substitute's name, such as substitute: 許維倫");
                }
                else if (people[i].Substitute is { } substitute && substitute.Trim().Length == 0)
                {
                    yield return Diagnostic.Of(DiagnosticRules.AttendanceStatus, path.Property("substitute").ToString(),
                        "代理人姓名是空的；請寫代理人姓名，沒有代理人就刪除這一行",
                        "the substitute's name is blank; write the name, or leave the line out when nobody attended in this person's place");
                }
            }
        }
    }

    /// <summary>Each outline label form of the style holds one numeral to replace (壹, 一 or 1).</summary>
    private static IEnumerable<Diagnostic> LabelForms(ValueList<string> forms, string property)
    {
        for (var i = 0; i < forms.Count; i++)
        {
            if (!OutlineLabels.IsForm(forms[i]))
            {
                yield return Diagnostic.Of(DiagnosticRules.LabelForm, DataPath.Root.Property("style").Property(property).Item(i).ToString(),
                    $"編號寫法「{forms[i]}」須含一個數字壹、一或1（代表第一項），例如：一、、(一)、1.",
                    $"the label form '{forms[i]}' must hold one numeral, 壹, 一 or 1, standing for the first item (such as 一、, (一) or 1.)");
            }
        }
    }

    /// <summary>下午1時30分; a value that is no time of day (a meeting built in code) as 25:00.</summary>
    private static string Written(TimeSpan time) =>
        time >= TimeSpan.Zero && time < TimeSpan.FromDays(1) ? time.ToRocTime() : Clock(time);

    private static string Clock(TimeSpan time) => time.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static void RequireText(List<Diagnostic> found, string? value, string path, string zh, string en)
    {
        if (value is not null && value.Trim().Length == 0)
        {
            found.Add(Diagnostic.Of(DiagnosticRules.EmptyField, path, $"{zh}不可空白", $"the {en} must not be blank"));
        }
    }
}
