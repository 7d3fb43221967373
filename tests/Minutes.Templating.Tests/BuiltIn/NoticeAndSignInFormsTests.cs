using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>
/// The 開會通知單 and the 簽到表 write the meeting's date and times in the forms the document style
/// chooses, as the minutes do; the notice's 發文日期 keeps the official 中華民國…年…月…日.
/// </summary>
public sealed class NoticeAndSignInFormsTests
{
    private static readonly Meeting Base = MinutesFormsTests.Base with
    {
        Notice = new Notice { IssuedOn = new DateTime(2025, 9, 22, 0, 0, 0, DateTimeKind.Unspecified) },
    };

    /// <summary>Each style option on its own and a school's combination, with the time as written after the label.</summary>
    public static TheoryData<string, string, string> Forms()
    {
        var forms = new (string Options, string Time)[]
        {
            ("", "114年10月1日（星期三）下午2時30分"),
            ("eraName", "中華民國114年10月1日（星期三）下午2時30分"),
            ("numericDate", "114.10.1（星期三）下午2時30分"),
            ("shortWeekday", "114年10月1日（三）下午2時30分"),
            ("halfWidthBrackets", "114年10月1日(星期三)下午2時30分"),
            ("twentyFourHour", "114年10月1日（星期三）14時30分"),
            ("clockTime", "114年10月1日（星期三）下午2:30"),
            ("latinPeriod", "114年10月1日（星期三）PM2時30分"),
            ("twentyFourHour clockTime latinPeriod", "114年10月1日（星期三）14:30"),
            ("twentyFourHour timeRange", "114年10月1日（星期三）14時30分至17時56分"),
            ("numericDate shortWeekday clockTime latinPeriod halfWidthBrackets", "114.10.1(三)PM2:30"),
            ("eraName numericDate", "中華民國114.10.1（星期三）下午2時30分"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var template in new[] { "notice", "sign-in" })
        {
            foreach (var (options, time) in forms)
            {
                data.Add(template, options, time);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_meeting_date_and_times_follow_the_style(string template, string options, string time)
    {
        var meeting = Base with { Style = Style(options) };

        var texts = Texts(template, meeting);

        Assert.Contains(Label(template) + time, texts);
        Assert.Contains("時間：" + time, Texts("minutes", meeting)); // the minutes write the same
    }

    [Theory]
    [InlineData("")]
    [InlineData("numericDate shortWeekday clockTime latinPeriod halfWidthBrackets")]
    [InlineData("eraName twentyFourHour")]
    public void The_notices_issue_date_keeps_the_official_form(string options)
    {
        // 發文日期 is a field of the 公文 form that the agency's document system fills (文書處理手冊):
        // always 中華民國…年…月…日, whatever the agency's habit for the meeting's own text.
        var texts = Texts("notice", Base with { Style = Style(options) });

        Assert.Contains("發文日期：中華民國114年9月22日", texts);
    }

    [Theory]
    [InlineData("notice")]
    [InlineData("sign-in")]
    public void Without_a_start_time_the_date_stands_alone(string template)
    {
        var texts = Texts(template, Base with { Start = null, Style = Style("numericDate shortWeekday timeRange") });

        Assert.Contains(Label(template) + "114.10.1（三）", texts);
    }

    [Theory]
    [InlineData("、", new[] { "鄭蕙萱" }, "主席：林鄉長志明\t紀錄：鄭蕙萱")]
    [InlineData("、", new[] { "簡任秘書盧焜鑫", "科員王小明" }, "紀錄：簡任秘書盧焜鑫、科員王小明")]
    [InlineData("，", new[] { "簡任秘書盧焜鑫", "科員王小明" }, "紀錄：簡任秘書盧焜鑫，科員王小明")]
    [InlineData("、", new[] { "簡任秘書盧焜鑫", "科員王小明", "專門委員歐陽美玲", "約僱人員司馬相如" }, "紀錄：簡任秘書盧焜鑫、科員王小明、專門委員歐陽美玲、\n約僱人員司馬相如")]
    public void The_sign_in_sheets_recorders_take_the_name_separator_and_break_only_between_people(string separator, string[] recorders, string line)
    {
        // A recorder is written with the title when there are several; a line of them is broken
        // after a separator (32 characters a line), never inside a title or a name.
        var people = recorders.Select(r => r.Length > 3 ? new Person { Title = r.Substring(0, r.Length - 3), Name = r.Substring(r.Length - 3) } : new Person { Name = r });
        var meeting = Base with { Recorder = new ValueList<Person>(people), Style = new DocumentStyle { NameSeparator = separator } };

        var bytes = MinutesTemplate.BuiltIn("sign-in").RenderToBytes(meeting);
        using var document = Docx.Open(bytes);
        document.AssertValid();

        Assert.Contains(line, document.ParagraphTexts);
        Assert.All(line.Split('\n'), printed => Assert.True(printed.Length <= 32, $"{printed} is longer than a line"));
        Assert.Empty(document.JustifiedParagraphsWithBreaks);
        if (recorders.Length > 1)
        {
            Assert.Contains("主席：林鄉長志明", document.ParagraphTexts);
        }
    }

    private static string Label(string template) => template == "notice" ? "開會時間：" : "時間：";

    private static DocumentStyle Style(string options)
    {
        var set = new HashSet<string>(options.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        return new DocumentStyle
        {
            EraName = set.Remove("eraName"),
            NumericDate = set.Remove("numericDate"),
            ShortWeekday = set.Remove("shortWeekday"),
            HalfWidthBrackets = set.Remove("halfWidthBrackets"),
            TwentyFourHour = set.Remove("twentyFourHour"),
            ClockTime = set.Remove("clockTime"),
            LatinPeriod = set.Remove("latinPeriod"),
            TimeRange = set.Remove("timeRange"),
        } is var style && set.Count == 0 ? style : throw new ArgumentException("unknown options: " + string.Join(" ", set), nameof(options));
    }

    private static List<string> Texts(string template, Meeting meeting)
    {
        var bytes = MinutesTemplate.BuiltIn(template).RenderToBytes(meeting);
        using var document = Docx.Open(bytes);
        document.AssertValid();
        return document.ParagraphTexts;
    }
}
