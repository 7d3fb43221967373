using System.Text.RegularExpressions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// Texts the template numbers (headings, outline items, suggestions, subjects) are written
/// without their number: 「一、社會處…」 would come out as 「一、一、社會處…」. The fix strips
/// the label.
/// </summary>
internal sealed class ManualNumberingRule : TextConventionRule
{
    public ManualNumberingRule()
        : base(DiagnosticRules.ManualNumbering)
    {
    }

    private const string ChineseDigits = "一二三四五六七八九十百";

    private static readonly Regex Label = new(
        $@"^\s*(?:[壹貳參叁肆伍陸柒捌玖拾佰]+\s*、|[{ChineseDigits}]+\s*、|[（(]\s*[{ChineseDigits}]+\s*[）)]|\d{{1,3}}\s*[、.．](?!\d)|[（(]\s*\d{{1,3}}\s*[）)]|案由[{ChineseDigits}\d]*\s*[：:、]|第[{ChineseDigits}\d]+案\s*[：:、]?|提案[{ChineseDigits}\d]+\s*[：:、]?)\s*",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        if (field.Role != TextRole.Numbered)
        {
            return null;
        }

        var match = Label.Match(field.Text);
        if (!match.Success)
        {
            return null;
        }

        var rest = field.Text.Substring(match.Length);
        var label = match.Value.Trim();
        return Finding(field.Path, rest.Length == 0 ? null : rest, $"「{label}」", $"\"{label}\"");
    }
}
