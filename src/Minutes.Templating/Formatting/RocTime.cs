using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutes.Templating.Formatting;

/// <summary>
/// Times of day as official documents write them: 上午/下午 h時m分 on a 12-hour clock
/// (下午1時30分), whole hours without minutes (下午3時), minutes without a leading zero
/// (上午9時5分, like the unpadded 7月8日 of dates), noon as 中午12時 and midnight as 上午0時
/// unless the caller chooses 下午12時 or 午夜12時. Formatting is the extension method
/// <c>time.ToRocTime()</c>; reading is <see cref="TryParse"/>.
/// </summary>
public static class RocTime
{
    private static readonly Regex ClockForm = new(
        @"^\s*(?<p>上午|下午|中午|晚上|凌晨|午夜|AM|PM|am|pm|a\.m\.|p\.m\.)?\s*(?<h>[0-9]{1,2}):(?<m>[0-9]{2})(?::00)?\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex WrittenForm = new(
        @"^\s*(?<p>上午|下午|中午|晚上|凌晨|午夜)?\s*(?<h>[0-9]{1,2})\s*時\s*(?:(?<m>[0-9]{1,2})\s*分|(?<half>半))?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Writes a time of day: 13:30 → 下午1時30分, 15:00 → 下午3時, 09:05 → 上午9時5分,
    /// 12:00 → 中午12時, 00:00 → 上午0時. Seconds are not written.
    /// </summary>
    /// <param name="time">The time of day, from 00:00 to 23:59:59.</param>
    /// <param name="noon">How to write 12:00–12:59: 中午12時 (default) or 下午12時.</param>
    /// <param name="midnight">How to write 00:00–00:59: 上午0時 (default) or 午夜12時.</param>
    /// <returns>The time in words.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or a day or longer.</exception>
    public static string ToRocTime(this TimeSpan time, NoonStyle noon = NoonStyle.Noon, MidnightStyle midnight = MidnightStyle.Morning)
    {
        if (time < TimeSpan.Zero || time >= TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(time),
                time,
                $"時間須介於0時至23時59分之間，{time} 不是一天中的時刻 (a time of day must be from 00:00 to 23:59; {time} is not)");
        }

        var (period, hour) = time.Hours switch
        {
            0 when midnight == MidnightStyle.Midnight => ("午夜", 12),
            < 12 => ("上午", time.Hours),
            12 when noon == NoonStyle.Noon => ("中午", 12),
            12 => ("下午", 12),
            _ => ("下午", time.Hours - 12),
        };
        var minutes = time.Minutes == 0 ? "" : time.Minutes.ToString(CultureInfo.InvariantCulture) + "分";
        return $"{period}{hour.ToString(CultureInfo.InvariantCulture)}時{minutes}";
    }

    /// <summary>
    /// Writes a time of day on a 24-hour clock, as some agencies do: 14:30 → 14時30分,
    /// 09:00 → 9時, 00:05 → 0時5分. Seconds are not written.
    /// </summary>
    /// <param name="time">The time of day, from 00:00 to 23:59:59.</param>
    /// <returns>The time in words, without 上午/下午.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or a day or longer.</exception>
    public static string ToRocTime24(this TimeSpan time)
    {
        if (time < TimeSpan.Zero || time >= TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(time),
                time,
                $"時間須介於0時至23時59分之間，{time} 不是一天中的時刻 (a time of day must be from 00:00 to 23:59; {time} is not)");
        }

        var minutes = time.Minutes == 0 ? "" : time.Minutes.ToString(CultureInfo.InvariantCulture) + "分";
        return time.Hours.ToString(CultureInfo.InvariantCulture) + "時" + minutes;
    }

    /// <summary>
    /// Writes a time of day with digits and a colon, minutes always in two digits: 13:30 →
    /// 下午1:30 (PM1:30 with <paramref name="latinPeriod"/>), 12:00 → 中午12:00 (PM12:00),
    /// 00:05 → 上午0:05 (AM0:05); on a 24-hour clock 13:30, 9:05. Seconds are not written.
    /// </summary>
    /// <param name="time">The time of day, from 00:00 to 23:59:59.</param>
    /// <param name="twentyFourHour">True for 13:30 without a half of the day.</param>
    /// <param name="latinPeriod">True for AM and PM instead of 上午, 中午 and 下午 (12-hour clock only).</param>
    /// <returns>The time in digits.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or a day or longer.</exception>
    public static string ToClockTime(this TimeSpan time, bool twentyFourHour = false, bool latinPeriod = false)
    {
        var words = twentyFourHour ? time.ToRocTime24() : time.ToRocTime();
        var hour = twentyFourHour ? time.Hours : time.Hours is 0 or 12 ? time.Hours : time.Hours % 12;
        var clock = hour.ToString(CultureInfo.InvariantCulture) + ":" + time.Minutes.ToString("00", CultureInfo.InvariantCulture);
        return twentyFourHour ? clock : Period(words, latinPeriod) + clock;
    }

    /// <summary>
    /// Writes a time of day in words with AM or PM before the hour, as some schools do:
    /// 13:30 → PM1時30分, 09:00 → AM9時, 12:00 → PM12時, 00:00 → AM0時.
    /// </summary>
    /// <param name="time">The time of day, from 00:00 to 23:59:59.</param>
    /// <returns>The time in words with AM or PM.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or a day or longer.</exception>
    public static string ToLatinPeriodTime(this TimeSpan time)
    {
        var words = time.ToRocTime();
        return Period(words, latinPeriod: true) + words.Remove(0, 2);
    }

    /// <summary>
    /// Reads a time written as a 24-hour clock (13:30), a 12-hour clock (下午1:30, PM1:30) or in
    /// words: 下午1時30分, 下午3時, 上午9時05分, 中午12時, 下午12時, 上午0時, 午夜12時, 凌晨1時, 晚上8時;
    /// 半 is half past (下午2時半 = 14:30). Full-width digits and colon, as a Chinese input method
    /// types them (１４：３０, 下午２時), read like ASCII ones.
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

        text = ClerkDigits.Normalize(text!);
        var written = ClockForm.Match(text);
        if (!written.Success)
        {
            written = WrittenForm.Match(text);
        }

        if (!written.Success)
        {
            return false;
        }

        var hour = Number(written, "h");
        var minute = written.Groups["m"].Success ? Number(written, "m") : written.Groups["half"].Success ? 30 : 0;
        int? hourOfDay = written.Groups["p"].Value.Replace(".", "").ToUpperInvariant() switch
        {
            "" => hour,
            "上午" or "凌晨" or "AM" => hour switch { 12 => 0, <= 11 => hour, _ => null },
            "中午" => hour == 12 ? 12 : null,
            "午夜" => hour switch { 12 or 0 => 0, _ => null },
            "下午" or "PM" => hour switch { 12 => 12, >= 1 and <= 11 => hour + 12, _ => null },
            _ /* 晚上 */ => hour switch { 12 => 0, >= 1 and <= 11 => hour + 12, _ => null },
        };

        return hourOfDay is { } h && TryCreate(h, minute, out time);
    }

    /// <summary>The half of the day that opens <paramref name="words"/> (上午, 中午 or 下午), or AM/PM for it.</summary>
    private static string Period(string words, bool latinPeriod) =>
        !latinPeriod ? words.Substring(0, 2) : words.StartsWith("上午", StringComparison.Ordinal) ? "AM" : "PM";

    private static int Number(Match match, string group) =>
        ClerkDigits.TryParse(match.Groups[group].Value, out var n) ? n : -1;

    private static bool TryCreate(int hour, int minute, out TimeSpan time)
    {
        var valid = hour is >= 0 and < 24 && minute is >= 0 and < 60;
        time = valid ? new TimeSpan(hour, minute, 0) : default;
        return valid;
    }
}
