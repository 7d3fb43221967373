using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// Official documents date by the ROC calendar: 106年, 106年7月18日, not 2017年 or 2017/07/18.
/// Years before 1912 (history), addresses, and years that belong to a name are left alone: the
/// names of the meeting, agency and people (2010年臺北國際花卉博覽會籌備會 is what it is called), a
/// year inside a quotation or title (「2010年臺北好好看」) and a year directly before one, which
/// names that title's edition (1925年「臺灣堡圖」).
/// </summary>
internal sealed class WesternYearRule : TextConventionRule
{
    public WesternYearRule()
        : base(DiagnosticRules.WesternYear)
    {
    }

    // Spaces before the year are taken from the start of their run only ((?<!\s)): tried from
    // every space of a long run that ends in no year, \s* made the search quadratic (100,000
    // spaces took 14 s).
    private static readonly Regex WesternDate = new(
        @"(?<![0-9./-])(?:(?:西元|公元)\s*|(?<!\s)\s*)?(?<y>19[0-9]{2}|20[0-9]{2})(?:\s*年|[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})(?![0-9./-]))",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        if (field.Role is TextRole.Title or TextRole.Name)
        {
            return null;
        }

        var inLink = Links.Mask(field.Text);
        var quoted = QuotedText.Mask(field.Text);
        Match? first = null;
        var replacement = WesternDate.Replace(field.Text, match =>
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var at = match.Groups["y"].Index;
            if (inLink[at] || quoted[at] || year < 1912 || QuotedText.OpensAt(field.Text, match.Index + match.Length))
            {
                return match.Value;
            }

            first ??= match;
            if (!match.Groups["m"].Success)
            {
                return (year - RocDate.EpochYear).ToString(CultureInfo.InvariantCulture) + "年";
            }

            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).ToRocDate()
                : match.Value;
        });
        if (first is null)
        {
            return null;
        }

        var excerpt = Excerpt.Around(field.Text, first.Index, first.Length);
        return Finding(field.Path, replacement == field.Text ? null : replacement, $"「{excerpt}」", $"\"{excerpt}\"");
    }
}
