using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Templating.Formatting;

/// <summary>
/// Dates in the Republic of China (民國) calendar, as official documents write them:
/// year 1 is 1912, so 2017 is 民國106年.
/// </summary>
public static class RocDate
{
    /// <summary>The Gregorian year of 民國元年.</summary>
    public const int EpochYear = 1911;

    private static readonly Regex IsoForm = new(
        @"^\s*(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex RocNumericForm = new(
        @"^\s*(?<y>\d{1,3})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex RocWrittenForm = new(
        @"^\s*(?:中華)?(?:民國)?\s*(?<y>\d{1,3}|元)\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日\s*(?:[（(]\s*(?:星期)?[一二三四五六日天]\s*[）)])?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads a date written as ISO (2017-07-18), ROC digits (106-07-18, 106/7/18) or ROC words
    /// (106年7月18日, 中華民國106年7月18日, 民國元年1月1日), with an optional weekday.
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

        var iso = IsoForm.Match(text);
        if (iso.Success)
        {
            return TryCreate(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"), out date);
        }

        var roc = RocNumericForm.Match(text);
        if (!roc.Success)
        {
            roc = RocWrittenForm.Match(text);
        }

        if (!roc.Success)
        {
            return false;
        }

        var year = roc.Groups["y"].Value == "元" ? 1 : Number(roc, "y");
        return year >= 1 && TryCreate(year + EpochYear, Number(roc, "m"), Number(roc, "d"), out date);
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

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
