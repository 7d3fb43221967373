using System;
using Minutes.Templating.Formatting;

namespace Minutes.Templating.Tests.Formatting;

public class RocTimeTests
{
    [Theory]
    [InlineData(13, 30, "下午1時30分")]
    [InlineData(14, 30, "下午2時30分")]
    [InlineData(15, 0, "下午3時")]
    [InlineData(9, 0, "上午9時")]
    [InlineData(9, 5, "上午9時5分")]
    [InlineData(9, 30, "上午9時30分")]
    [InlineData(11, 59, "上午11時59分")]
    [InlineData(12, 0, "中午12時")]
    [InlineData(12, 30, "中午12時30分")]
    [InlineData(0, 0, "上午0時")]
    [InlineData(0, 30, "上午0時30分")]
    [InlineData(1, 0, "上午1時")]
    [InlineData(18, 45, "下午6時45分")]
    [InlineData(23, 59, "下午11時59分")]
    public void ToRocTime_writes_the_default_forms(int hour, int minute, string expected)
    {
        var time = new TimeSpan(hour, minute, 0);

        Assert.Equal(expected, time.ToRocTime());
    }

    [Theory]
    [InlineData(12, 0, NoonStyle.Afternoon, MidnightStyle.Morning, "下午12時")]
    [InlineData(12, 15, NoonStyle.Afternoon, MidnightStyle.Morning, "下午12時15分")]
    [InlineData(0, 0, NoonStyle.Noon, MidnightStyle.Midnight, "午夜12時")]
    [InlineData(0, 10, NoonStyle.Noon, MidnightStyle.Midnight, "午夜12時10分")]
    [InlineData(13, 0, NoonStyle.Afternoon, MidnightStyle.Midnight, "下午1時")]
    [InlineData(1, 0, NoonStyle.Afternoon, MidnightStyle.Midnight, "上午1時")]
    public void ToRocTime_offers_the_other_noon_and_midnight_forms(int hour, int minute, NoonStyle noon, MidnightStyle midnight, string expected)
    {
        Assert.Equal(expected, new TimeSpan(hour, minute, 0).ToRocTime(noon, midnight));
    }

    [Fact]
    public void ToRocTime_leaves_out_seconds()
    {
        Assert.Equal("下午1時30分", new TimeSpan(13, 30, 45).ToRocTime());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24 * 60)]
    [InlineData(25 * 60)]
    public void ToRocTime_rejects_what_is_not_a_time_of_day(int minutes)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TimeSpan.FromMinutes(minutes).ToRocTime());

        Assert.Contains("時間須介於", error.Message, StringComparison.Ordinal);
        Assert.Contains("a time of day must be", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13:30", 13, 30)]
    [InlineData("9:05", 9, 5)]
    [InlineData("00:00", 0, 0)]
    [InlineData("12:00:00", 12, 0)]
    [InlineData("下午1時30分", 13, 30)]
    [InlineData("下午 1 時 30 分", 13, 30)]
    [InlineData("下午3時", 15, 0)]
    [InlineData("上午9時05分", 9, 5)]
    [InlineData("上午9時5分", 9, 5)]
    [InlineData("中午12時", 12, 0)]
    [InlineData("中午12時30分", 12, 30)]
    [InlineData("下午12時", 12, 0)]
    [InlineData("上午0時", 0, 0)]
    [InlineData("上午12時", 0, 0)]
    [InlineData("午夜12時", 0, 0)]
    [InlineData("午夜12時15分", 0, 15)]
    [InlineData("凌晨1時", 1, 0)]
    [InlineData("晚上8時", 20, 0)]
    [InlineData("晚上12時", 0, 0)]
    [InlineData("14時", 14, 0)]
    public void TryParse_reads_clock_and_written_forms(string text, int hour, int minute)
    {
        Assert.True(RocTime.TryParse(text, out var time));
        Assert.Equal(new TimeSpan(hour, minute, 0), time);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("24:00")]
    [InlineData("13:60")]
    [InlineData("上午13時")]
    [InlineData("下午0時")]
    [InlineData("下午13時")]
    [InlineData("中午1時")]
    [InlineData("午夜3時")]
    [InlineData("下午1時60分")]
    [InlineData("一點半")]
    public void TryParse_rejects_what_is_not_a_time(string? text)
    {
        Assert.False(RocTime.TryParse(text, out _));
    }

    // Clerks type full-width digits and colons with a Chinese input method, and 半 for half past.
    [Theory]
    [InlineData("下午2時半", 14, 30)]
    [InlineData("上午9時半", 9, 30)]
    [InlineData("下午 2 時 半", 14, 30)]
    [InlineData("14：30", 14, 30)]
    [InlineData("１４：３０", 14, 30)]
    [InlineData("１４:３０", 14, 30)]
    [InlineData("下午２時３０分", 14, 30)]
    [InlineData("下午２時半", 14, 30)]
    [InlineData("上午９：０５", 9, 5)]
    public void TryParse_reads_half_past_and_full_width_digits(string text, int hour, int minute)
    {
        Assert.True(RocTime.TryParse(text, out var time));
        Assert.Equal(new TimeSpan(hour, minute, 0), time);
    }

    [Theory]
    [InlineData("١٤:٣٠")]
    [InlineData("下午٢時")]
    [InlineData("下午2時半30分")]
    [InlineData("半")]
    public void TryParse_refuses_other_digits_without_throwing(string text)
    {
        Assert.False(RocTime.TryParse(text, out _));
    }

    [Fact]
    public void Every_written_form_reads_back()
    {
        foreach (var noon in new[] { NoonStyle.Noon, NoonStyle.Afternoon })
        {
            foreach (var midnight in new[] { MidnightStyle.Morning, MidnightStyle.Midnight })
            {
                for (var minutes = 0; minutes < 24 * 60; minutes++)
                {
                    var time = TimeSpan.FromMinutes(minutes);
                    var written = time.ToRocTime(noon, midnight);

                    Assert.True(RocTime.TryParse(written, out var read), written);
                    Assert.Equal(time, read);
                }
            }
        }
    }

    [Theory]
    [InlineData(14, 30, "14時30分")]
    [InlineData(17, 56, "17時56分")]
    [InlineData(9, 0, "9時")]
    [InlineData(0, 5, "0時5分")]
    [InlineData(12, 0, "12時")]
    [InlineData(23, 59, "23時59分")]
    public void ToRocTime24_writes_a_24_hour_clock_without_zero_minutes(int hours, int minutes, string expected)
    {
        Assert.Equal(expected, new System.TimeSpan(hours, minutes, 0).ToRocTime24());
    }
}
