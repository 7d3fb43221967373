using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Templating.Formatting;

/// <summary>Times of day as official documents write them: 上午/下午 h時mm分.</summary>
public static class RocTime
{
    private static readonly Regex ClockForm = new(
        @"^\s*(?<h>\d{1,2}):(?<m>\d{2})(?::00)?\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex WrittenForm = new(
        @"^\s*(?<p>上午|下午|中午|晚上|凌晨)?\s*(?<h>\d{1,2})\s*時\s*(?:(?<m>\d{1,2})\s*分)?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads a time written as a 24-hour clock (13:30) or in words (下午1時30分, 下午3時,
    /// 中午12時, 上午0時).
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="time">The time of day read.</param>
    /// <returns>True when the text is a valid time of day.</returns>
    public static bool TryParse(string? text, out TimeSpan time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var clock = ClockForm.Match(text);
        if (clock.Success)
        {
            return TryCreate(Number(clock, "h"), Number(clock, "m"), out time);
        }

        var written = WrittenForm.Match(text);
        if (!written.Success)
        {
            return false;
        }

        var hour = Number(written, "h");
        var minute = written.Groups["m"].Success ? Number(written, "m") : 0;
        switch (written.Groups["p"].Value)
        {
            case "上午" or "凌晨" when hour > 12:
                return false;
            case "上午" or "凌晨" when hour == 12:
                hour = 0;
                break;
            case "下午" or "晚上" when hour is >= 1 and < 12:
                hour += 12;
                break;
            case "下午" or "晚上" when hour > 12:
                return false;
        }

        return TryCreate(hour, minute, out time);
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryCreate(int hour, int minute, out TimeSpan time)
    {
        time = new TimeSpan(hour, minute, 0);
        return hour is >= 0 and < 24 && minute is >= 0 and < 60;
    }
}
