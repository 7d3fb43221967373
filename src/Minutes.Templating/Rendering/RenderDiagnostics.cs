using System;
using System.Text.RegularExpressions;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Scriban.Syntax;

namespace Minutes.Templating.Rendering;

/// <summary>The diagnostics of a failed render, naming the part, paragraph and tag where it can.</summary>
internal static class RenderDiagnostics
{
    private static readonly Regex UnknownVariable = new("^The variable or function `(?<name>[^`]*)` was not found", RegexOptions.CultureInvariant);

    /// <summary>The diagnostic of a tag of <paramref name="part"/> that failed; Scriban's own messages get a Chinese one.</summary>
    public static Diagnostic TagFailed(CompiledTemplate template, CompiledPart part, ScriptRuntimeException e, RenderBudget budget)
    {
        string zh, en;
        if (budget.DeadlinePassed && e is not LocalizedScriptException)
        {
            // Scriban reports the cancellation of the deadline as its own error at the tag it was running.
            (zh, en) = (budget.DeadlineZh, budget.DeadlineEn);
        }
        else if (e is LocalizedScriptException localized)
        {
            (zh, en) = (localized.MessageZh, localized.MessageEn);
        }
        else
        {
            en = e.OriginalMessage;
            var unknown = UnknownVariable.Match(en);
            zh = unknown.Success ? $"找不到變數或函式「{unknown.Groups["name"].Value}」"
                : en.Contains("LoopLimit") || en.Contains("iteration limit") ? $"迴圈次數超過上限 {template.Options.LoopLimit}"
                : en.Contains("RecursiveLimit") || en.Contains("recursive") ? $"函式遞迴超過上限 {template.Options.RecursiveLimit}"
                : en.Contains("No TemplateLoader") ? "此範本不是從檔案載入，也沒有提供 Includes，不能使用 include"
                : en.Contains("LimitToString") ? $"產生的文字會超過一個值的上限 {template.Options.LimitToString.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} 個字元；請縮短"
                : e.InnerException is OutOfMemoryException || en.Contains("OutOfMemoryException") ? "記憶體不足：範本產生的資料太多；請簡化範本"
                : en.Contains("Regex engine has timed out") ? $"正規表示式（regex）執行超過 {RenderBudget.RegexTimeout.TotalSeconds:0} 秒上限（樣式回溯過多，例如巢狀的 + 或 *）；請簡化樣式"
                : "執行範本時發生錯誤";
        }

        var location = e.Span.FileName == part.Label ? part.Map.Find(e.Span.Start.Offset) : null;
        return location is null
            ? TemplateDiagnostics.AtFile(DiagnosticRules.TemplateRender, $"{template.Name}/{part.Label}", zh, en)
            : TemplateDiagnostics.AtTag(DiagnosticRules.TemplateRender, template.Name, location, zh, en);
    }

    /// <summary>The diagnostic of a render stopped by its deadline outside any tag.</summary>
    public static Diagnostic DeadlinePassed(CompiledTemplate template, CompiledPart part, RenderBudget budget) =>
        TemplateDiagnostics.AtFile(DiagnosticRules.TemplateRender, $"{template.Name}/{part.Label}", budget.DeadlineZh, budget.DeadlineEn);

    /// <summary>
    /// The diagnostic of a part whose rendered XML is not well-formed: the engine refuses to write
    /// it. This happens only when block tags cross element boundaries in a way the compiler could not see.
    /// </summary>
    public static Diagnostic Malformed(CompiledTemplate template, CompiledPart part, System.Xml.XmlException e) => TemplateDiagnostics.AtFile(
        DiagnosticRules.TemplateRender,
        $"{template.Name}/{part.Label}",
        $"產生的 XML 格式錯誤（{e.Message}）：區塊標籤跨越了 Word 的元素（例如超連結或欄位），請把開始與結束標籤放在同一段、同一層",
        $"the rendered XML is malformed ({e.Message}): block tags cross Word elements (such as a hyperlink or a field); put the opening and closing tags in the same paragraph, at the same level");

    /// <summary>The diagnostic of embedded data that XML cannot hold.</summary>
    public static Diagnostic UnstorableData(string templateName, ArgumentException e) => TemplateDiagnostics.AtFile(
        DiagnosticRules.TemplateRender,
        templateName,
        $"內嵌資料含有 XML 不能保存的字元：{e.Message}",
        $"the embedded data holds characters XML cannot store: {e.Message}");
}
