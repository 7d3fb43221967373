using System;
using System.Globalization;

namespace Minutes.Cli.Tests;

/// <summary>The durations, sizes and counts of the tool's bilingual messages, as Humanizer writes them.</summary>
public class HumanizedTests
{
    [Theory]
    [InlineData(450, "450 毫秒", "450 milliseconds")]
    [InlineData(1_000, "1 秒", "1 second")]
    [InlineData(2_345, "2 秒", "2 seconds")]
    [InlineData(2_600, "3 秒", "3 seconds")]
    [InlineData(65_400, "1 分 5 秒", "1 minute, 5 seconds")]
    [InlineData(210_000, "3 分 30 秒", "3 minutes, 30 seconds")]
    [InlineData(3_723_000, "1 小時 2 分", "1 hour, 2 minutes")]
    public void Durations_read_naturally_in_both_languages(int milliseconds, string zh, string en)
    {
        var elapsed = TimeSpan.FromMilliseconds(milliseconds);

        Assert.Equal(zh, Humanized.Duration(elapsed, Humanized.Chinese));
        Assert.Equal(en, Humanized.Duration(elapsed, Humanized.English));
    }

    [Theory]
    [InlineData(10L * 1024 * 1024, "10 MB")]
    [InlineData(16L * 1024 * 1024, "16 MB")]
    [InlineData(58_123L, "56.8 KB")]
    [InlineData(123_456_789L, "117.7 MB")]
    [InlineData(512L, "512 B")]
    public void Sizes_pick_their_unit(long bytes, string expected)
    {
        Assert.Equal(expected, Humanized.Size(bytes, Humanized.Chinese));
        Assert.Equal(expected, Humanized.Size(bytes, Humanized.English));
    }

    [Theory]
    [InlineData(1, "document", "1 document")]
    [InlineData(49, "document", "49 documents")]
    [InlineData(0, "report", "0 reports")]
    [InlineData(1, "finding", "1 finding")]
    [InlineData(2, "core", "2 cores")]
    public void English_counts_agree_with_their_number(int count, string noun, string expected)
    {
        Assert.Equal(expected, Humanized.Count(count, noun));
    }

    [Fact]
    public void Sizes_do_not_follow_the_machine_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("56.8 KB", Humanized.Size(58_123L, Humanized.English));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
