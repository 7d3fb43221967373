using System;
using Minutes.Templating.Sections;

namespace Minutes.Templating.Tests.Sections;

public class InterimFormattingTests
{
    [Theory]
    [InlineData(1, "一", "壹")]
    [InlineData(9, "九", "玖")]
    [InlineData(10, "十", "拾")]
    [InlineData(11, "十一", "拾壹")]
    [InlineData(20, "二十", "貳拾")]
    [InlineData(99, "九十九", "玖拾玖")]
    public void Numerals(int value, string lower, string legal)
    {
        Assert.Equal(lower, InterimFormatting.LowerNumeral(value));
        Assert.Equal(legal, InterimFormatting.LegalNumeral(value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Numerals_outside_1_to_99_are_refused(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InterimFormatting.LowerNumeral(value));

    [Theory]
    [InlineData("賴錫祿", "秘書長", "賴秘書長錫祿")]
    [InlineData("張簡明", "委員", "張簡委員明")]
    [InlineData("王", "委員", "王委員")]
    [InlineData("曾文杞", null, "曾文杞")]
    public void Surname_title_given_name(string name, string? title, string expected) =>
        Assert.Equal(expected, InterimFormatting.SurnameTitleGiven(name, title));

    [Fact]
    public void Roc_date_time_with_weekday() =>
        Assert.Equal("106年7月18日（星期二）下午1時30分", InterimFormatting.RocDateTime(new DateTime(2017, 7, 18, 13, 30, 0)));
}
