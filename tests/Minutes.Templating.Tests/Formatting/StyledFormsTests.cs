using System;
using System.Linq;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Formatting;

/// <summary>The date, time and label forms each style option chooses, as tables.</summary>
public class StyledFormsTests
{
    [Theory]
    [InlineData(false, false, false, false, "106年5月12日（星期五）")]
    [InlineData(true, false, false, false, "中華民國106年5月12日（星期五）")]
    [InlineData(false, true, false, false, "106.5.12（星期五）")]
    [InlineData(false, true, true, false, "106.5.12（五）")]
    [InlineData(false, true, true, true, "106.5.12(五)")]
    [InlineData(false, false, true, false, "106年5月12日（五）")]
    [InlineData(false, false, false, true, "106年5月12日(星期五)")]
    public void The_date_follows_the_style(bool eraName, bool numericDate, bool shortWeekday, bool halfWidth, string expected)
    {
        var style = new DocumentStyle { EraName = eraName, NumericDate = numericDate, ShortWeekday = shortWeekday, HalfWidthBrackets = halfWidth };

        Assert.Equal(expected, style.WriteDate(new DateTime(2017, 5, 12, 0, 0, 0, DateTimeKind.Unspecified)));
    }

    [Theory]
    [InlineData("13:30", false, false, false, "下午1時30分")]
    [InlineData("15:00", false, false, false, "下午3時")]
    [InlineData("13:30", true, false, false, "13時30分")]
    [InlineData("13:30", false, true, false, "下午1:30")]
    [InlineData("09:05", false, true, false, "上午9:05")]
    [InlineData("12:00", false, true, false, "中午12:00")]
    [InlineData("00:30", false, true, false, "上午0:30")]
    [InlineData("13:30", true, true, false, "13:30")]
    [InlineData("09:05", true, true, false, "9:05")]
    [InlineData("13:30", false, true, true, "PM1:30")]
    [InlineData("09:00", false, true, true, "AM9:00")]
    [InlineData("12:15", false, true, true, "PM12:15")]
    [InlineData("13:30", false, false, true, "PM1時30分")]
    [InlineData("10:00", false, false, true, "AM10時")]
    [InlineData("13:30", true, true, true, "13:30")]
    [InlineData("13:30", true, false, true, "13時30分")]
    public void The_time_follows_the_style(string time, bool twentyFourHour, bool clockTime, bool latinPeriod, string expected)
    {
        var style = new DocumentStyle { TwentyFourHour = twentyFourHour, ClockTime = clockTime, LatinPeriod = latinPeriod };

        Assert.Equal(expected, style.WriteTime(TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("PM1:30", "13:30")]
    [InlineData("下午1:30", "13:30")]
    [InlineData("AM9:05", "09:05")]
    [InlineData("pm 12:15", "12:15")]
    [InlineData("AM12:00", "00:00")]
    [InlineData("p.m.2:00", "14:00")]
    [InlineData("14:00", "14:00")]
    public void The_clock_forms_are_read_back(string text, string expected)
    {
        Assert.True(RocTime.TryParse(text, out var time));
        Assert.Equal(TimeSpan.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
    }

    [Theory]
    [InlineData("PM13:30")]
    [InlineData("AM0時")]
    [InlineData("中午1:30")]
    public void Impossible_clock_forms_are_refused(string text)
    {
        Assert.False(RocTime.TryParse(text, out _));
    }

    [Theory]
    [InlineData(null, 1, 2, false, "貳、")]
    [InlineData(null, 2, 3, false, "三、")]
    [InlineData(null, 3, 1, false, "（一）")]
    [InlineData(null, 4, 2, false, "2、")]
    [InlineData(null, 5, 2, false, "（2）")]
    [InlineData(null, 2, 1, true, "一、")]
    [InlineData(null, 3, 2, true, "（二）")]
    [InlineData(null, 5, 4, true, "（4）")]
    [InlineData("一、|(一)|(1)", 1, 9, false, "九、")]
    [InlineData("一、|(一)|(1)", 2, 2, false, "(二)")]
    [InlineData("一、|(一)|(1)", 3, 3, false, "(3)")]
    [InlineData("一、|(一)|(1)", 5, 12, false, "(12)")]
    [InlineData("1.|(1)", 2, 1, true, "1.")]
    [InlineData("1.|(1)", 3, 2, true, "(2)")]
    [InlineData("1.|(1)", 4, 2, true, "(2)")]
    public void Outline_labels_are_the_styles_forms_per_level(string? forms, int level, int number, bool inField, string expected)
    {
        var list = forms is null ? ValueList<string>.Empty : new ValueList<string>(forms.Split('|'));
        var style = inField ? new DocumentStyle { FieldOutlineLabels = list } : new DocumentStyle { OutlineLabels = list };

        Assert.Equal(expected, style.OutlineLabel(level, number, inField));
    }

    [Fact]
    public void Half_width_brackets_apply_to_the_default_forms()
    {
        var style = new DocumentStyle { HalfWidthBrackets = true };

        Assert.Equal(["壹、", "一、", "(一)", "1、", "(1)"], new[] { 1, 2, 3, 4, 5 }.Select(level => style.OutlineLabel(level, 1)));
    }

    [Theory]
    [InlineData("（一）", 3, "（三）")]
    [InlineData("(一)、", 11, "(十一)、")]
    [InlineData("1.", 12, "12.")]
    [InlineData("壹、", 4, "肆、")]
    [InlineData("第一案", 2, "第二案")]
    [InlineData("甲1", 5, "甲5")]
    public void A_form_numbers_by_its_numeral(string form, int number, string expected)
    {
        Assert.Equal(expected, number.ToOutlineLabel(form));
    }

    [Theory]
    [InlineData("、")]
    [InlineData("")]
    [InlineData("一1")]
    [InlineData("壹一")]
    [InlineData("11.")]
    [InlineData("一\n")]
    public void A_form_without_exactly_one_numeral_is_refused(string form)
    {
        Assert.False(OutlineLabels.IsForm(form));
        Assert.Throws<ArgumentException>(() => 1.ToOutlineLabel(form));
    }
}
