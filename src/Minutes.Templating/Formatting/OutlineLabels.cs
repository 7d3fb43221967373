using System;
using System.Globalization;
using System.Linq;

namespace Minutes.Templating.Formatting;

/// <summary>
/// The labels of the official outline hierarchy: 壹、 → 一、 → （一） → 1、 → （1）, one
/// level per line, brackets full-width unless an agency keeps the older half-width (一).
/// The label is an extension method of the item's number: <c>2.ToOutlineLabel(level: 3)</c> → （二）.
/// </summary>
public static class OutlineLabels
{
    /// <summary>The number of levels of the hierarchy.</summary>
    public const int Levels = 5;

    private static readonly char[] Numerals = ['壹', '一', '1'];

    /// <summary>
    /// The label of the item numbered <paramref name="number"/> at a level: level 1 壹、
    /// (拾、拾壹、 past nine), level 2 一、, level 3 （一）, level 4 1、, level 5 （1）.
    /// </summary>
    /// <param name="number">The 1-based position of the item at its level.</param>
    /// <param name="level">The depth, 1 to 5.</param>
    /// <param name="halfWidthBrackets">True to write (一) and (1) instead of （一） and （1）.</param>
    /// <returns>The label including its 、 or brackets.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1 to 5 or the number is less than 1.</exception>
    public static string ToOutlineLabel(this int number, int level, bool halfWidthBrackets = false)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(number), number, $"項次從1起算，不可為{number} (the item number starts at 1, not {number})");
        }

        var (open, close) = halfWidthBrackets ? ("(", ")") : ("（", "）");
        return level switch
        {
            1 => number.ToLegalNumeral() + "、",
            2 => number.ToChineseNumeral() + "、",
            3 => open + number.ToChineseNumeral() + close,
            4 => number.ToString(CultureInfo.InvariantCulture) + "、",
            5 => open + number.ToString(CultureInfo.InvariantCulture) + close,
            _ => throw new ArgumentOutOfRangeException(
                nameof(level), level, $"層級須為1至{Levels}，不可為{level} (the level must be 1 to {Levels}, not {level})"),
        };
    }

    /// <summary>
    /// The label of the item numbered <paramref name="number"/> in an agency's own form: the
    /// form holds one numeral, 壹 (legal numerals), 一 (Chinese numerals) or 1 (Arabic digits),
    /// which the number replaces; the rest is kept. 3 in （一） → （三）, in 1. → 3., in
    /// (一)、 → (三)、, in 壹、 → 參、.
    /// </summary>
    /// <param name="number">The 1-based position of the item at its level.</param>
    /// <param name="form">The label of the first item, such as 一、, （一）, 1. or (1).</param>
    /// <returns>The label of the item.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is less than 1.</exception>
    /// <exception cref="ArgumentException">The form does not hold exactly one of 壹, 一 and 1.</exception>
    public static string ToOutlineLabel(this int number, string form)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(number), number, $"項次從1起算，不可為{number} (the item number starts at 1, not {number})");
        }

        if (!IsForm(form))
        {
            throw new ArgumentException(
                $"編號寫法「{form}」須含一個數字壹、一或1 (the label form \"{form}\" must hold one numeral: 壹, 一 or 1)", nameof(form));
        }

        var at = form.IndexOfAny(Numerals);
        var numeral = form[at] switch
        {
            '壹' => number.ToLegalNumeral(),
            '一' => number.ToChineseNumeral(),
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
        return form.Remove(at, 1).Insert(at, numeral);
    }

    /// <summary>
    /// True when <paramref name="form"/> can be a label form of <see cref="ToOutlineLabel(int, string)"/>:
    /// it holds exactly one of 壹, 一 and 1, and no line break.
    /// </summary>
    /// <param name="form">The form to check; null is not a form.</param>
    /// <returns>True when the form is usable.</returns>
    public static bool IsForm(string? form) =>
        form is not null && form.Count(c => Array.IndexOf(Numerals, c) >= 0) == 1 && form.IndexOfAny(['\r', '\n']) < 0;
}
