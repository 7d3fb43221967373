using System.Text.RegularExpressions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// Texts the template numbers (headings, outline items, suggestions, subjects) are written
/// without their number: 「一、社會處…」 would come out as 「一、一、社會處…」. The fix strips
/// the label. A case label (第一案：, 提案二、, 案由一：) counts only before a heading the
/// template labels as a case, and only as a label (followed by ：, 、 or a space): inside an
/// outline item 第一案 is the name of a sub-case, and 第一案至第三案 or 第一案之決議 are words
/// of the sentence.
/// </summary>
internal sealed class ManualNumberingRule : TextConventionRule
{
    public ManualNumberingRule()
        : base(DiagnosticRules.ManualNumbering)
    {
    }

    private const string ChineseDigits = "一二三四五六七八九十百";

    private static readonly Regex OutlineLabel = new(
        $@"^\s*(?:[壹貳參叁肆伍陸柒捌玖拾佰]+\s*、|[{ChineseDigits}]+\s*、|[（(]\s*[{ChineseDigits}]+\s*[）)]\s*、?|\d{{1,3}}\s*[、.．](?!\d)|[（(]\s*\d{{1,3}}\s*[）)]\s*、?)\s*",
        RegexOptions.CultureInvariant);

    private static readonly Regex CaseLabel = new(
        $@"^\s*(?:案由[{ChineseDigits}\d]*|第[{ChineseDigits}\d]+案|提案[{ChineseDigits}\d]+)(?:\s*[：:、]|\s+)\s*",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        if (field.Role != TextRole.Numbered)
        {
            return null;
        }

        var match = OutlineLabel.Match(field.Text);
        if (!match.Success && !IsOutlineItem(field))
        {
            match = CaseLabel.Match(field.Text);
        }

        if (!match.Success)
        {
            return null;
        }

        var rest = field.Text.Substring(match.Length);
        var label = match.Value.Trim();
        return Finding(field.Path, rest.Length == 0 ? null : rest, $"「{label}」", $"\"{label}\"");
    }

    /// <summary>An outline item's text (its path ends in <c>.text</c>), which the template labels 一、 or （一）, never as a case.</summary>
    private static bool IsOutlineItem(TextField field) => field.Path.EndsWith(".text", System.StringComparison.Ordinal);
}
