using System.Text.RegularExpressions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// A weekday after a date is written （星期二）, never （二） or （週二）: after 8月1日 and after the
/// short forms 6/16 and 106.5.12 that real minutes use. An agency whose style writes the short
/// weekday (<see cref="DocumentStyle.ShortWeekday"/>) keeps it in its texts too.
/// </summary>
internal sealed class WeekdayFormRule : TextConventionRule
{
    public WeekdayFormRule()
        : base(DiagnosticRules.WeekdayForm)
    {
    }

    private static readonly Regex ShortWeekday = new(
        @"(?<date>日|(?<![\d./．第])(?:\d{2,3}[/.．])?\d{1,2}[/.．]\d{1,2})\s*(?<open>[（(])\s*(?:週|周|禮拜)?(?<day>[一二三四五六日天])\s*[）)]", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        var first = ShortWeekday.Match(field.Text);
        if (!first.Success || meeting.Style.ShortWeekday)
        {
            return null;
        }

        var replacement = ShortWeekday.Replace(field.Text, match =>
        {
            var day = match.Groups["day"].Value == "天" ? "日" : match.Groups["day"].Value;
            var date = match.Groups["date"].Value;
            return match.Groups["open"].Value == "(" ? $"{date}(星期{day})" : $"{date}（星期{day}）";
        });
        var excerpt = Excerpt.Around(field.Text, first.Index, first.Length);
        return Finding(field.Path, replacement, $"「{excerpt}」", $"\"{excerpt}\"");
    }
}
