using Minutes.Templating.Formatting;

namespace Minutes.Templating.Tests.Formatting;

public class PunctuationTests
{
    [Theory]
    [InlineData("准予備查.", "准予備查。")]
    [InlineData("說明:本案", "說明：本案")]
    [InlineData("說明: 本案", "說明：本案")]
    [InlineData("社會處,警察局", "社會處，警察局")]
    [InlineData("甲;乙", "甲；乙")]
    [InlineData("是否可行?", "是否可行？")]
    [InlineData("請注意!", "請注意！")]
    [InlineData("建議分析(黃淑鈴委員)", "建議分析（黃淑鈴委員）")]
    [InlineData("請提供(略以)資料", "請提供（略以）資料")]
    [InlineData("依\"兒少法\"辦理", "依「兒少法」辦理")]
    [InlineData("依“兒少法”辦理", "依「兒少法」辦理")]
    [InlineData("他說“依‘兒少法’辦理”", "他說「依『兒少法』辦理」")]
    [InlineData("以下略...", "以下略……")]
    [InlineData("以下略…", "以下略……")]
    [InlineData("在 NCC,地方上", "在 NCC，地方上")]
    [InlineData("在(NCC)辦理", "在（NCC）辦理")]
    [InlineData("Word(docx)檔", "Word（docx）檔")]
    [InlineData("(一)說明", "（一）說明")]
    [InlineData("關懷 e 起來(網址：http：//ecare.mohw.gov.tw/)通報平台", "關懷 e 起來（網址：http：//ecare.mohw.gov.tw/）通報平台")]
    [InlineData("網址:https://www.gov.tw/a?b=1,2;c=3.", "網址：https://www.gov.tw/a?b=1,2;c=3.")]
    [InlineData("請洽service@mohw.gov.tw,謝謝", "請洽service@mohw.gov.tw，謝謝")]
    [InlineData("a,,中", "a，，中")]
    [InlineData("x,(中)", "x，（中）")]
    [InlineData("建議分析(黃淑鈴委員).", "建議分析（黃淑鈴委員）。")]
    [InlineData("請見“說明”.", "請見「說明」。")]
    public void Chinese_context_becomes_full_width(string text, string expected)
    {
        Assert.Equal(expected, text.ToFullWidthPunctuation());
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("1:30")]
    [InlineData("a,b")]
    [InlineData("1,000元")]
    [InlineData("約3.5萬元")]
    [InlineData("上午9:30開會")]
    [InlineData("See http://ecare.mohw.gov.tw/, then call.")]
    [InlineData("詳見http://www.example.gov.tw/a,b(c).html")]
    [InlineData("www.mohw.gov.tw")]
    [InlineData("請洽 service@mohw.gov.tw")]
    [InlineData("106.7.18")]
    [InlineData("Hello, world!")]
    [InlineData("已完成。")]
    [InlineData("「兒少法」，（一）")]
    [InlineData("在 NCC.")]
    [InlineData("Word(docx).")]
    [InlineData(".")]
    [InlineData(").")]
    [InlineData("")]
    public void Latin_digits_addresses_and_full_width_text_stay(string text)
    {
        Assert.Equal(text, text.ToFullWidthPunctuation());
    }

    [Theory]
    [InlineData("關懷 e 起來(網址：http：//ecare.mohw.gov.tw/)通報平台", "關懷 e 起來(網址：http：//ecare.mohw.gov.tw/)通報平台")]
    [InlineData("建議分析(黃淑鈴委員).", "建議分析(黃淑鈴委員)。")]
    [InlineData("(一)說明:如下", "(一)說明：如下")]
    [InlineData("依\"兒少法\"辦理", "依「兒少法」辦理")]
    public void Brackets_can_stay_half_width(string text, string expected)
    {
        Assert.Equal(expected, text.ToFullWidthPunctuation(keepHalfWidthBrackets: true));
    }

    [Theory]
    [InlineData("准予備查.")]
    [InlineData("a,,中")]
    [InlineData("x,(中)")]
    [InlineData("在 NCC , (地方) , 辦理...")]
    [InlineData("\"甲\"\"乙\"\"丙")]
    [InlineData("(((中")]
    [InlineData("中)))")]
    [InlineData("關懷 e 起來(網址：http：//ecare.mohw.gov.tw/)通報平台")]
    public void Converting_twice_changes_nothing(string text)
    {
        var once = text.ToFullWidthPunctuation();

        Assert.Equal(once, once.ToFullWidthPunctuation());
    }

    [Theory]
    [InlineData(",", "，")]
    [InlineData(", ", "，")]
    [InlineData("?", "？")]
    public void A_long_run_of_marks_beside_Chinese_converts_whole(string mark, string fullWidth)
    {
        // Each mark becomes Chinese context for the next: the run converts from 中 outwards, in
        // both directions (the run was converted one mark per pass, quadratic in its length).
        var run = string.Concat(System.Linq.Enumerable.Repeat(mark, 5_000));
        var expected = string.Concat(System.Linq.Enumerable.Repeat(fullWidth, 5_000));

        Assert.Equal("a" + expected + "中", ("a" + run + "中").ToFullWidthPunctuation());
        Assert.Equal("中" + expected + "a", ("中" + run + "a").ToFullWidthPunctuation());
    }

    [Fact]
    public void Nested_brackets_without_Chinese_inside_stay_half_width_and_with_Chinese_convert()
    {
        var open = new string('(', 5_000);
        var close = new string(')', 5_000);

        Assert.Equal(open + "ab" + close, (open + "ab" + close).ToFullWidthPunctuation());
        Assert.Equal(new string('（', 5_000) + "中" + new string('）', 5_000), (open + "中" + close).ToFullWidthPunctuation());
    }
}
