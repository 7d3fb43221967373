using System;
using System.Globalization;
using System.Text;

namespace Minutes.Templating.Formatting;

/// <summary>
/// Chinese numerals as official documents write them: 一、十一、一百零一、一百一十 for
/// outline labels and ordinals, and the legal (大寫) forms 壹、拾、拾壹、壹佰壹拾 for the top
/// outline level. All are extension methods of <see cref="int"/>: <c>101.ToChineseNumeral()</c>,
/// <c>11.ToLegalNumeral()</c>, <c>1.ToChineseOrdinal("案")</c>.
/// </summary>
/// <remarks>
/// Humanizer's zh-Hant <c>ToWords</c> was checked and is not used: it writes 110 as 一百十
/// (official: 一百一十), 110000 as 一十一万 and 10000 with the simplified 万, so only
/// numbers under 110 would come out right.
/// </remarks>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";
    private const string LegalDigits = "零壹貳參肆伍陸柒捌玖";
    private static readonly string[] SmallUnits = ["", "十", "百", "千"];
    private static readonly string[] LargeUnits = ["", "萬", "億"];

    /// <summary>
    /// Writes a number in Chinese numerals: 10 → 十, 11 → 十一, 21 → 二十一, 101 → 一百零一,
    /// 110 → 一百一十, 10010 → 一萬零一十.
    /// </summary>
    /// <param name="number">Zero or more.</param>
    /// <returns>The number in Chinese numerals (零 for zero).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    public static string ToChineseNumeral(this int number)
    {
        if (number < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(number), number, $"數字不可為負數：{number} (the number must not be negative: {number})");
        }

        if (number == 0)
        {
            return "零";
        }

        var text = new StringBuilder();
        var pendingZero = false;
        for (var group = LargeUnits.Length - 1; group >= 0; group--)
        {
            var value = number / Pow10000(group) % 10000;
            if (value == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            if (text.Length > 0 && (pendingZero || value < 1000))
            {
                text.Append('零');
            }

            AppendGroup(text, value, leading: text.Length == 0);
            text.Append(LargeUnits[group]);
            pendingZero = false;
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes a number in legal (大寫) numerals in the official outline form: 1 → 壹,
    /// 10 → 拾 (not 壹拾), 11 → 拾壹, 20 → 貳拾, 101 → 壹佰零壹, 110 → 壹佰壹拾.
    /// </summary>
    /// <param name="number">Zero or more.</param>
    /// <returns>The number in legal numerals.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    public static string ToLegalNumeral(this int number)
    {
        var plain = number.ToChineseNumeral();
        var legal = new StringBuilder(plain.Length);
        foreach (var character in plain)
        {
            var digit = Digits.IndexOf(character);
            legal.Append(digit >= 0 ? LegalDigits[digit] : character switch
            {
                '十' => '拾',
                '百' => '佰',
                '千' => '仟',
                _ => character,
            });
        }

        return legal.ToString();
    }

    /// <summary>
    /// Writes an ordinal: 第一次, or with another counter 第一案, or with Arabic digits 第1次.
    /// </summary>
    /// <param name="number">Zero or more.</param>
    /// <param name="counter">The counter word after the number, such as 次, 案 or 屆.</param>
    /// <param name="arabic">True for Arabic digits (第1次) instead of Chinese numerals.</param>
    /// <returns>The ordinal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    public static string ToChineseOrdinal(this int number, string counter = "次", bool arabic = false)
    {
        var numeral = arabic && number >= 0 ? number.ToString(CultureInfo.InvariantCulture) : number.ToChineseNumeral();
        return $"第{numeral}{counter}";
    }

    private static int Pow10000(int group) => group switch { 0 => 1, 1 => 10000, _ => 100000000 };

    /// <summary>Writes 1..9999; a leading 1 before 十 is dropped only at the very start (十一, but 一百一十).</summary>
    private static void AppendGroup(StringBuilder text, int value, bool leading)
    {
        var started = false;
        var zero = false;
        for (var position = 3; position >= 0; position--)
        {
            var digit = value / Pow10(position) % 10;
            if (digit == 0)
            {
                zero = started && value % Pow10(position) != 0;
                continue;
            }

            started = true;

            if (zero)
            {
                text.Append('零');
                zero = false;
            }

            var startsNumber = leading && value < Pow10(position + 1);
            if (!(digit == 1 && position == 1 && startsNumber))
            {
                text.Append(Digits[digit]);
            }

            text.Append(SmallUnits[position]);
        }
    }

    private static int Pow10(int position) => position switch { 0 => 1, 1 => 10, 2 => 100, 3 => 1000, _ => 10000 };
}
