using System.Text.RegularExpressions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>A weekday after a date is written （星期二）, never （二） or （週二）.</summary>
internal sealed class WeekdayFormRule : TextConventionRule
{
    public WeekdayFormRule()
        : base(DiagnosticRules.WeekdayForm)
    {
    }

    private static readonly Regex ShortWeekday = new(
        @"日\s*(?<open>[（(])\s*(?:週|周|禮拜)?(?<day>[一二三四五六日天])\s*[）)]", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        var first = ShortWeekday.Match(field.Text);
        if (!first.Success)
        {
            return null;
        }

        var replacement = ShortWeekday.Replace(field.Text, match =>
        {
            var day = match.Groups["day"].Value == "天" ? "日" : match.Groups["day"].Value;
            return match.Groups["open"].Value == "(" ? $"日(星期{day})" : $"日（星期{day}）";
        });
        var excerpt = Excerpt.Around(field.Text, first.Index, first.Length);
        return Finding(field.Path, replacement, $"「{excerpt}」", $"\"{excerpt}\"");
    }
}
