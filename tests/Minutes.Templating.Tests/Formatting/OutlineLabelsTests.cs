using System;
using Minutes.Templating.Formatting;

namespace Minutes.Templating.Tests.Formatting;

public class OutlineLabelsTests
{
    [Theory]
    [InlineData(1, 1, false, "壹、")]
    [InlineData(1, 3, false, "參、")]
    [InlineData(1, 9, false, "玖、")]
    [InlineData(1, 10, false, "拾、")]
    [InlineData(1, 11, false, "拾壹、")]
    [InlineData(1, 12, false, "拾貳、")]
    [InlineData(1, 20, false, "貳拾、")]
    [InlineData(2, 1, false, "一、")]
    [InlineData(2, 10, false, "十、")]
    [InlineData(2, 11, false, "十一、")]
    [InlineData(3, 1, false, "（一）")]
    [InlineData(3, 6, false, "（六）")]
    [InlineData(3, 6, true, "(六)")]
    [InlineData(3, 21, false, "（二十一）")]
    [InlineData(4, 1, false, "1、")]
    [InlineData(4, 1, true, "1、")]
    [InlineData(4, 12, false, "12、")]
    [InlineData(5, 1, false, "（1）")]
    [InlineData(5, 2, true, "(2)")]
    [InlineData(1, 1, true, "壹、")]
    public void ToOutlineLabel_writes_each_level(int level, int number, bool halfWidth, string expected)
    {
        Assert.Equal(expected, number.ToOutlineLabel(level, halfWidth));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(6, 1)]
    [InlineData(1, 0)]
    [InlineData(2, -1)]
    public void ToOutlineLabel_rejects_levels_and_numbers_out_of_range(int level, int number)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => number.ToOutlineLabel(level));

        Assert.Matches("[\u4e00-\u9fff].*\\(.*[a-z]", error.Message);
    }
}
