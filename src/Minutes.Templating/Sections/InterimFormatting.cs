using System;

namespace Minutes.Templating.Sections;

// INTERIM — replace at merge: each member below stands in for a helper of
// src/Minutes.Templating/Formatting/ (RocDate, RocTime, ChineseNumerals, OutlineLabels,
// PersonNames), which were being written in parallel. Swap the calls in
// SectionOoxmlRenderer for those helpers and delete this file.
internal static class InterimFormatting
{
    private const string Digits = "〇一二三四五六七八九";
    private const string LegalDigits = "〇壹貳參肆伍陸柒捌玖";
    private const string Weekdays = "日一二三四五六";

    // Two-character surnames; a longer list belongs in Formatting/PersonNames.
    private static readonly string[] CompoundSurnames =
        ["歐陽", "司馬", "諸葛", "張簡", "范姜", "上官", "皇甫", "東方", "夏侯", "公孫", "長孫", "慕容", "令狐", "尉遲", "端木", "軒轅", "鍾離", "西門", "呼延", "澹臺"];

    /// <summary>1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (1–99).</summary>
    internal static string LowerNumeral(int value) => Compose(value, Digits, '十');

    /// <summary>1 → 壹, 10 → 拾, 11 → 拾壹, 20 → 貳拾 (1–99), the top-level form of the seed.</summary>
    internal static string LegalNumeral(int value) => Compose(value, LegalDigits, '拾');

    private static string Compose(int value, string digits, char ten)
    {
        if (value is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "1–99");
        }

        var tens = value / 10;
        var units = value % 10;
        var prefix = tens switch
        {
            0 => "",
            1 => ten.ToString(),
            _ => $"{digits[tens]}{ten}",
        };
        return units == 0 ? prefix : prefix + digits[units];
    }

    /// <summary>2017-07-18 13:30 → 106年7月18日（星期二）下午1時30分.</summary>
    internal static string RocDateTime(DateTime value) =>
        $"{value.Year - 1911}年{value.Month}月{value.Day}日（星期{Weekdays[(int)value.DayOfWeek]}）{RocClock(value.TimeOfDay)}";

    /// <summary>14:30 → 下午2時30分, 15:00 → 下午3時, 09:05 → 上午9時5分.</summary>
    internal static string RocClock(TimeSpan time)
    {
        var period = time.Hours < 12 ? "上午" : "下午";
        var hour = time.Hours > 12 ? time.Hours - 12 : time.Hours;
        return time.Minutes == 0 ? $"{period}{hour}時" : $"{period}{hour}時{time.Minutes}分";
    }

    /// <summary>賴錫祿 + 秘書長 → 賴秘書長錫祿; without a title the full name.</summary>
    internal static string SurnameTitleGiven(string fullName, string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return fullName;
        }

        return fullName.Insert(SurnameLength(fullName), title);
    }

    /// <summary>黃淑鈴 + 委員 → 黃淑鈴委員.</summary>
    internal static string FullNameTitle(string fullName, string? title) => fullName + title;

    private static int SurnameLength(string fullName)
    {
        foreach (var surname in CompoundSurnames)
        {
            if (fullName.Length > surname.Length && fullName.StartsWith(surname, StringComparison.Ordinal))
            {
                return surname.Length;
            }
        }

        return fullName.Length > 1 ? 1 : fullName.Length;
    }
}
