using System;
using Minutes.Templating.Formatting;

namespace Minutes.Templating.Tests.Formatting;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData(0, "零")]
    [InlineData(1, "一")]
    [InlineData(2, "二")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(111, "一百一十一")]
    [InlineData(120, "一百二十")]
    [InlineData(999, "九百九十九")]
    [InlineData(1000, "一千")]
    [InlineData(1001, "一千零一")]
    [InlineData(1010, "一千零一十")]
    [InlineData(1100, "一千一百")]
    [InlineData(10000, "一萬")]
    [InlineData(10010, "一萬零一十")]
    [InlineData(10100, "一萬零一百")]
    [InlineData(100000, "十萬")]
    [InlineData(110000, "十一萬")]
    [InlineData(1001000, "一百萬一千")]
    [InlineData(1000100, "一百萬零一百")]
    [InlineData(10000100, "一千萬零一百")]
    [InlineData(100000000, "一億")]
    [InlineData(100000001, "一億零一")]
    [InlineData(100010000, "一億零一萬")]
    [InlineData(int.MaxValue, "二十一億四千七百四十八萬三千六百四十七")]
    public void ToChineseNumeral_writes_official_numerals(int number, string expected)
    {
        Assert.Equal(expected, number.ToChineseNumeral());
    }

    [Theory]
    [InlineData(1, "壹")]
    [InlineData(2, "貳")]
    [InlineData(3, "參")]
    [InlineData(4, "肆")]
    [InlineData(5, "伍")]
    [InlineData(6, "陸")]
    [InlineData(7, "柒")]
    [InlineData(8, "捌")]
    [InlineData(9, "玖")]
    [InlineData(10, "拾")]
    [InlineData(11, "拾壹")]
    [InlineData(19, "拾玖")]
    [InlineData(20, "貳拾")]
    [InlineData(21, "貳拾壹")]
    [InlineData(99, "玖拾玖")]
    [InlineData(100, "壹佰")]
    [InlineData(101, "壹佰零壹")]
    [InlineData(110, "壹佰壹拾")]
    [InlineData(1010, "壹仟零壹拾")]
    public void ToLegalNumeral_writes_the_outline_form(int number, string expected)
    {
        Assert.Equal(expected, number.ToLegalNumeral());
    }

    [Theory]
    [InlineData(1, "次", false, "第一次")]
    [InlineData(1, "次", true, "第1次")]
    [InlineData(12, "次", false, "第十二次")]
    [InlineData(12, "次", true, "第12次")]
    [InlineData(3, "案", false, "第三案")]
    [InlineData(20, "屆", false, "第二十屆")]
    public void ToChineseOrdinal_writes_chinese_or_arabic(int number, string counter, bool arabic, string expected)
    {
        Assert.Equal(expected, number.ToChineseOrdinal(counter, arabic));
    }

    [Fact]
    public void Negative_numbers_are_rejected_in_both_languages()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => (-1).ToChineseNumeral());

        Assert.Contains("數字不可為負數", error.Message, StringComparison.Ordinal);
        Assert.Contains("must not be negative", error.Message, StringComparison.Ordinal);
    }
}
