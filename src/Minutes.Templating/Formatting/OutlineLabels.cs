using System;
using System.Globalization;

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
}
