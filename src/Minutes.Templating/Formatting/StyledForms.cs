using System;
using Minutes.Templating.Model;

namespace Minutes.Templating.Formatting;

/// <summary>
/// The forms of a document as its <see cref="DocumentStyle"/> chooses them: the date with its
/// weekday, times of day and outline labels. The built-in templates write every date, time and
/// label through these (the Scriban functions <c>style_date</c>, <c>style_time</c> and
/// <c>style_label</c>), so a style option means the same everywhere.
/// </summary>
public static class StyledForms
{
    private static readonly string[] SectionForms = ["壹、", "一、", "（一）", "1、", "（1）"];

    private static readonly string[] FieldForms = ["一、", "（一）", "1、", "（1）"];

    /// <summary>
    /// The meeting date with its weekday: 106年5月12日（星期五） by default; 中華民國 before it
    /// with <see cref="DocumentStyle.EraName"/>, 106.5.12 with <see cref="DocumentStyle.NumericDate"/>,
    /// （五） with <see cref="DocumentStyle.ShortWeekday"/>, (星期五) with <see cref="DocumentStyle.HalfWidthBrackets"/>,
    /// no weekday with <see cref="DocumentStyle.NoWeekday"/>.
    /// </summary>
    /// <param name="style">The document's style.</param>
    /// <param name="date">The date; 1912-01-01 or later.</param>
    /// <returns>The date and weekday as the style writes them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1912.</exception>
    public static string WriteDate(this DocumentStyle style, DateTime date)
    {
        _ = style ?? throw new ArgumentNullException(nameof(style));
        var day = style.NumericDate ? date.ToNumericRocDate() : date.ToRocDate();
        var weekday = style.NoWeekday ? ""
            : style.ShortWeekday ? date.ToShortRocWeekday(style.HalfWidthBrackets) : date.ToRocWeekday(style.HalfWidthBrackets);
        return (style.EraName ? RocDate.RepublicOfChina : "") + day + weekday;
    }

    /// <summary>
    /// A time of day: 下午1時30分 by default; 13時30分 with <see cref="DocumentStyle.TwentyFourHour"/>,
    /// 下午1:30 (13:30) with <see cref="DocumentStyle.ClockTime"/>, PM before the hour with
    /// <see cref="DocumentStyle.LatinPeriod"/> (PM1:30, PM1時30分).
    /// </summary>
    /// <param name="style">The document's style.</param>
    /// <param name="time">The time of day, from 00:00 to 23:59:59.</param>
    /// <returns>The time as the style writes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or a day or longer.</exception>
    public static string WriteTime(this DocumentStyle style, TimeSpan time)
    {
        _ = style ?? throw new ArgumentNullException(nameof(style));
        var latin = style.LatinPeriod && !style.TwentyFourHour;
        return (style.ClockTime, style.TwentyFourHour, latin) switch
        {
            (true, _, _) => time.ToClockTime(style.TwentyFourHour, latin),
            (false, true, _) => time.ToRocTime24(),
            (false, false, true) => time.ToLatinPeriodTime(),
            _ => time.ToRocTime(),
        };
    }

    /// <summary>
    /// The label of an outline point: at <paramref name="level"/> 1 (sections, and the facts when
    /// numbered) to 5, in the forms of <see cref="DocumentStyle.OutlineLabels"/> (壹、 一、 （一）
    /// 1、 （1） by default); inside a field (說明, 決議 …) the level counts from 2, in the forms of
    /// <see cref="DocumentStyle.FieldOutlineLabels"/> (一、 （一） 1、 （1） by default). A level
    /// deeper than the forms given takes the last. Brackets are half-width with
    /// <see cref="DocumentStyle.HalfWidthBrackets"/>.
    /// </summary>
    /// <param name="style">The document's style.</param>
    /// <param name="level">The depth, 1 to 5 (2 to 5 inside a field; lower is taken as the first).</param>
    /// <param name="number">The 1-based position of the point at its level.</param>
    /// <param name="inField">True for a point inside a field.</param>
    /// <returns>The label with its 、, dot or brackets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number is less than 1.</exception>
    /// <exception cref="ArgumentException">A form of the style does not hold one numeral (see <see cref="OutlineLabels.IsForm"/>).</exception>
    public static string OutlineLabel(this DocumentStyle style, int level, int number, bool inField = false)
    {
        _ = style ?? throw new ArgumentNullException(nameof(style));
        var own = inField ? style.FieldOutlineLabels : style.OutlineLabels;
        var defaults = inField ? FieldForms : SectionForms;
        var index = Math.Max(0, level - (inField ? 2 : 1));
        var form = own.Count > 0 ? own[Math.Min(index, own.Count - 1)] : defaults[Math.Min(index, defaults.Length - 1)];
        var label = number.ToOutlineLabel(form);
        return style.HalfWidthBrackets ? label.Replace('（', '(').Replace('）', ')') : label;
    }
}
