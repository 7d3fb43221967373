using System;
using System.Globalization;
using Minutes.Templating.Formatting;

namespace Minutes.Templating.Tests.Formatting;

public class RocDateTests
{
    [Theory]
    [InlineData("2017-07-18", "106年7月18日")]
    [InlineData("1912-01-01", "元年1月1日")]
    [InlineData("1912-12-31", "元年12月31日")]
    [InlineData("1913-01-01", "2年1月1日")]
    [InlineData("1921-10-10", "10年10月10日")]
    [InlineData("1949-10-10", "38年10月10日")]
    [InlineData("2000-02-29", "89年2月29日")]
    [InlineData("2011-01-01", "100年1月1日")]
    [InlineData("2019-04-03", "108年4月3日")]
    [InlineData("2024-12-31", "113年12月31日")]
    public void ToRocDate_writes_the_roc_year_without_padding(string iso, string expected)
    {
        var date = Iso(iso);

        Assert.Equal(expected, date.ToRocDate());
    }

    [Theory]
    [InlineData("2017-07-18", "中華民國106年7月18日")]
    [InlineData("1912-01-01", "中華民國元年1月1日")]
    [InlineData("2015-11-04", "中華民國104年11月4日")]
    public void ToFullRocDate_adds_the_republic(string iso, string expected)
    {
        Assert.Equal(expected, Iso(iso).ToFullRocDate());
    }

    [Fact]
    public void ToRocDate_ignores_the_time_of_day()
    {
        Assert.Equal("106年7月18日", new DateTime(2017, 7, 18, 23, 59, 0, DateTimeKind.Local).ToRocDate());
    }

    [Theory]
    [InlineData("2017-07-18", false, "（星期二）")]
    [InlineData("2017-07-18", true, "(星期二)")]
    [InlineData("2017-07-16", false, "（星期日）")]
    [InlineData("2017-07-17", false, "（星期一）")]
    [InlineData("2017-07-19", false, "（星期三）")]
    [InlineData("2017-07-20", false, "（星期四）")]
    [InlineData("2017-07-21", true, "(星期五)")]
    [InlineData("2017-07-22", false, "（星期六）")]
    [InlineData("1912-01-01", false, "（星期一）")]
    public void ToRocWeekday_is_bracketed_and_never_short(string iso, bool halfWidth, string expected)
    {
        Assert.Equal(expected, Iso(iso).ToRocWeekday(halfWidth));
    }

    [Theory]
    [InlineData("2017-07-16", "星期日")]
    [InlineData("2017-07-18", "星期二")]
    [InlineData("2017-07-22", "星期六")]
    public void ToRocWeekdayName_is_the_bare_name(string iso, string expected)
    {
        Assert.Equal(expected, Iso(iso).ToRocWeekdayName());
    }

    [Fact]
    public void Seed_date_line_reads_as_the_seed_writes_it()
    {
        var date = Iso("2017-07-18");

        Assert.Equal("106年7月18日（星期二）", date.ToRocDate() + date.ToRocWeekday());
        Assert.Equal("106年7月18日(星期二)", date.ToRocDate() + date.ToRocWeekday(halfWidthBrackets: true));
    }

    [Theory]
    [InlineData("1911-12-31")]
    [InlineData("1900-01-01")]
    [InlineData("0001-01-01")]
    public void Dates_before_the_republic_are_rejected_in_both_languages(string iso)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Iso(iso).ToRocDate());

        Assert.Contains("民國紀年", error.Message, StringComparison.Ordinal);
        Assert.Contains("the ROC calendar starts on 1912-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains(iso, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-07-18", "2017-07-18")]
    [InlineData("2017/7/18", "2017-07-18")]
    [InlineData("106-07-18", "2017-07-18")]
    [InlineData("106/7/18", "2017-07-18")]
    [InlineData("106.7.18", "2017-07-18")]
    [InlineData("106年7月18日", "2017-07-18")]
    [InlineData("106 年 7 月 18 日", "2017-07-18")]
    [InlineData("中華民國106年7月18日", "2017-07-18")]
    [InlineData("民國106年7月18日", "2017-07-18")]
    [InlineData("106年7月18日（星期二）", "2017-07-18")]
    [InlineData("106年7月18日(星期二)", "2017-07-18")]
    [InlineData("106 年 7 月 18 日(星期二)", "2017-07-18")]
    [InlineData("106年7月18日（二）", "2017-07-18")]
    [InlineData("元年1月1日", "1912-01-01")]
    [InlineData("中華民國元年1月1日", "1912-01-01")]
    [InlineData("民國元年1月1日", "1912-01-01")]
    [InlineData("113年2月29日", "2024-02-29")]
    public void TryParse_reads_iso_and_roc_forms(string text, string expected)
    {
        Assert.True(RocDate.TryParse(text, out var date));
        Assert.Equal(Iso(expected), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("106年2月29日")]
    [InlineData("0年1月1日")]
    [InlineData("106年13月1日")]
    [InlineData("106年7月18日（星期三）")]
    [InlineData("2017-02-30")]
    [InlineData("昨天")]
    [InlineData("106年7月")]
    public void TryParse_rejects_what_is_not_a_date(string? text)
    {
        Assert.False(RocDate.TryParse(text, out _));
    }

    // A Chinese input method types full-width digits and separators; other scripts' digits,
    // which a regular expression's \d also matches, are not a date (and never throw).
    [Theory]
    [InlineData("１１５年１月１４日", "2026-01-14")]
    [InlineData("中華民國１１５年１月１４日（星期三）", "2026-01-14")]
    [InlineData("１１５／１／１４", "2026-01-14")]
    [InlineData("１１５．１．１４", "2026-01-14")]
    [InlineData("１１５－０１－１４", "2026-01-14")]
    [InlineData("２０２６－０１－１４", "2026-01-14")]
    [InlineData("115年１月14日", "2026-01-14")]
    public void TryParse_reads_full_width_digits(string text, string expected)
    {
        Assert.True(RocDate.TryParse(text, out var date));
        Assert.Equal(Iso(expected), date);
    }

    [Theory]
    [InlineData("١١٥年١月١٤日")]
    [InlineData("११५-०१-१४")]
    [InlineData("99999999999年1月1日")]
    public void TryParse_refuses_other_digits_without_throwing(string text)
    {
        Assert.False(RocDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("1912-01-01")]
    [InlineData("1912-06-30")]
    [InlineData("1913-01-01")]
    [InlineData("2017-07-18")]
    [InlineData("2024-02-29")]
    [InlineData("2099-12-31")]
    public void Every_written_form_reads_back(string iso)
    {
        var date = Iso(iso);
        string[] forms =
        [
            date.ToRocDate(),
            date.ToFullRocDate(),
            date.ToRocDate() + date.ToRocWeekday(),
            date.ToFullRocDate() + date.ToRocWeekday(halfWidthBrackets: true),
        ];

        foreach (var form in forms)
        {
            Assert.True(RocDate.TryParse(form, out var read), form);
            Assert.Equal(date, read);
        }
    }

    [Fact]
    public void GetRocYear_follows_the_taiwan_calendar()
    {
        var calendar = new TaiwanCalendar();
        for (var date = new DateTime(1912, 1, 1, 0, 0, 0, DateTimeKind.Unspecified); date.Year < 2100; date = date.AddDays(97))
        {
            Assert.Equal(calendar.GetYear(date), date.GetRocYear());
        }
    }

    private static DateTime Iso(string iso) =>
        DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
