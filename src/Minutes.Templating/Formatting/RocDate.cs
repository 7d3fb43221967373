using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Templating.Formatting;

/// <summary>
/// Dates in the Republic of China (民國) calendar, as official documents write them:
/// year 1 is 1912, so 2017 is 民國106年; the first year is written 元年. Formatting is by
/// extension methods (<c>date.ToRocDate()</c>, <c>date.ToFullRocDate()</c>,
/// <c>date.ToRocWeekday()</c>); reading is <see cref="TryParse"/>.
/// </summary>
public static class RocDate
{
    /// <summary>The Gregorian year before 民國元年: ROC year = Gregorian year − 1911.</summary>
    public const int EpochYear = 1911;

    /// <summary>The prefix of the full form: 中華民國.</summary>
    public const string RepublicOfChina = "中華民國";

    // The official weekday names do not depend on a culture; zh-TW culture data would also be
    // missing on hosts running with invariant globalization (minimal containers).
    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    private static readonly TaiwanCalendar Calendar = new();

    private static readonly Regex IsoForm = new(
        @"^\s*(?<y>[0-9]{4})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex RocNumericForm = new(
        @"^\s*(?<y>[0-9]{1,3})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex RocWrittenForm = new(
        @"^\s*(?:中華)?(?:民國)?\s*(?<y>[0-9]{1,3}|元)\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日\s*(?:[（(]\s*(?:星期|週|周)?(?<w>[一二三四五六日天])\s*[）)])?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>The first day of the ROC calendar, 中華民國元年1月1日 (1912-01-01).</summary>
    public static DateTime MinDate { get; } = new(1912, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The ROC year of a date: 106 for any day of 2017.</summary>
    /// <param name="date">The date; 1912-01-01 or later.</param>
    /// <returns>The ROC year, 1 or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1912.</exception>
    public static int GetRocYear(this DateTime date)
    {
        EnsureRocDate(date);
        return Calendar.GetYear(date);
    }

    /// <summary>Writes a date as 106年7月18日 (the first year as 元年1月1日).</summary>
    /// <param name="date">The date; 1912-01-01 or later. The time of day is ignored.</param>
    /// <returns>The date in the ROC calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1912.</exception>
    public static string ToRocDate(this DateTime date)
    {
        var year = date.GetRocYear();
        var yearText = year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);
        return $"{yearText}年{Calendar.GetMonth(date)}月{Calendar.GetDayOfMonth(date)}日";
    }

    /// <summary>Writes a date as 中華民國106年7月18日 (the first year as 中華民國元年1月1日).</summary>
    /// <param name="date">The date; 1912-01-01 or later. The time of day is ignored.</param>
    /// <returns>The date in the ROC calendar with the 中華民國 prefix.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1912.</exception>
    public static string ToFullRocDate(this DateTime date) => RepublicOfChina + date.ToRocDate();

    /// <summary>
    /// Writes a date with digits and dots, as schools and some offices do: 106.7.18 (the first
    /// year as 1.1.1, since 元 is a word).
    /// </summary>
    /// <param name="date">The date; 1912-01-01 or later. The time of day is ignored.</param>
    /// <returns>The date in the ROC calendar, year, month and day joined by dots.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1912.</exception>
    public static string ToNumericRocDate(this DateTime date) =>
        string.Format(CultureInfo.InvariantCulture, "{0}.{1}.{2}", date.GetRocYear(), Calendar.GetMonth(date), Calendar.GetDayOfMonth(date));

    /// <summary>
    /// The weekday in brackets in the short form some agencies choose: （二）, or (二) with
    /// half-width brackets. The official form is <see cref="ToRocWeekday"/>.
    /// </summary>
    /// <param name="date">Any date.</param>
    /// <param name="halfWidthBrackets">True for (二) instead of （二）.</param>
    /// <returns>The bracketed short weekday.</returns>
    public static string ToShortRocWeekday(this DateTime date, bool halfWidthBrackets = false) =>
        halfWidthBrackets ? $"({date.ToRocWeekdayName()[2]})" : $"（{date.ToRocWeekdayName()[2]}）";

    /// <summary>The weekday name of a date, without brackets: 星期二.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>星期日 … 星期六.</returns>
    public static string ToRocWeekdayName(this DateTime date) => WeekdayNames[(int)date.DayOfWeek];

    /// <summary>
    /// The weekday in brackets, as written after a date: （星期二）, or (星期二) with
    /// half-width brackets as older documents write it. Never the short （二）.
    /// </summary>
    /// <param name="date">Any date.</param>
    /// <param name="halfWidthBrackets">True for (星期二) instead of （星期二）.</param>
    /// <returns>The bracketed weekday.</returns>
    public static string ToRocWeekday(this DateTime date, bool halfWidthBrackets = false) =>
        halfWidthBrackets ? $"({date.ToRocWeekdayName()})" : $"（{date.ToRocWeekdayName()}）";

    /// <summary>
    /// Reads a date written as ISO (2017-07-18), ROC digits (106-07-18, 106/7/18) or ROC words
    /// (106年7月18日, 中華民國106年7月18日, 民國元年1月1日), with an optional weekday
    /// （星期二）, (星期二) or （二） that must match the date. Full-width digits and separators, as a
    /// Chinese input method types them (１１５年１月１４日, １１５／１／１４), read like ASCII ones.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="date">The date read, at midnight, when the text is a valid date.</param>
    /// <returns>True when the text is a date that exists.</returns>
    public static bool TryParse(string? text, out DateTime date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = MatchForm(text!, out var isRoc);
        if (match is null)
        {
            return false;
        }

        if (!isRoc)
        {
            return TryCreate(Number(match, "y"), Number(match, "m"), Number(match, "d"), out date);
        }

        var roc = match;

        var year = roc.Groups["y"].Value == "元" ? 1 : Number(roc, "y");
        if (year < 1 || !TryCreate(year + EpochYear, Number(roc, "m"), Number(roc, "d"), out date))
        {
            return false;
        }

        var weekday = roc.Groups["w"];
        if (weekday.Success && date.ToRocWeekdayName()[2] != (weekday.Value == "天" ? '日' : weekday.Value[0]))
        {
            date = default;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Why a text written in one of the forms <see cref="TryParse"/> reads is still not a date: the
    /// month or the day does not exist, or the weekday written is not the date's. Null when the
    /// text is a date or not in one of those forms.
    /// </summary>
    internal static (string Zh, string En)? Problem(string text)
    {
        var match = MatchForm(text, out var roc);
        if (match is null)
        {
            return null;
        }

        var year = match.Groups["y"].Value == "元" ? 1 : Number(match, "y");
        var (month, day) = (Number(match, "m"), Number(match, "d"));
        var western = roc ? year + EpochYear : year;
        var yearText = roc ? (year == 1 ? "民國元年" : $"{year}年") : $"{year}年";
        if (month is < 1 or > 12)
        {
            return ($"沒有{month}月", $"there is no month {month}");
        }

        if (western is < 1 or > 9999 || (roc && year < 1))
        {
            return null;
        }

        var days = DateTime.DaysInMonth(western, month);
        if (day < 1 || day > days)
        {
            return ($"{yearText}{month}月只有{days}日", $"month {month} of that year has {days} days");
        }

        var weekday = match.Groups["w"];
        var date = new DateTime(western, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        if (weekday.Success && date.ToRocWeekdayName()[2] != (weekday.Value == "天" ? '日' : weekday.Value[0]))
        {
            return ($"{yearText}{month}月{day}日是{date.ToRocWeekdayName()}，不是星期{weekday.Value}",
                $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is a {date.DayOfWeek.ToString()}");
        }

        return null;
    }

    /// <summary>The form a date is written in, after full-width digits are read: ISO, or ROC (digits or words); null for none.</summary>
    private static Match? MatchForm(string text, out bool roc)
    {
        text = ClerkDigits.Normalize(text);
        roc = false;
        var match = IsoForm.Match(text);
        if (match.Success)
        {
            return match;
        }

        roc = true;
        match = RocNumericForm.Match(text);
        if (!match.Success)
        {
            match = RocWrittenForm.Match(text);
        }

        return match.Success ? match : null;
    }

    private static void EnsureRocDate(DateTime date)
    {
        if (date < MinDate)
        {
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                $"民國紀年始於民國元年（1912年）1月1日，{iso} 無法以民國紀年表示 (the ROC calendar starts on 1912-01-01; {iso} has no ROC date)");
        }
    }

    private static int Number(Match match, string group) =>
        ClerkDigits.TryParse(match.Groups[group].Value, out var n) ? n : -1;

    private static bool TryCreate(int year, int month, int day, out DateTime date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }
}
