using System;
using Minutes.Templating.Functions;
using Minutes.Templating.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Minutes.Templating.Tests.Functions;

public class FormattingFunctionsTests
{
    private static readonly Person Chair = new() { Name = "賴錫祿", Title = "秘書長" };

    [Theory]
    [InlineData("{{ date | roc_date }}", "106年7月18日")]
    [InlineData("{{ date | roc_date 'full' }}", "中華民國106年7月18日")]
    [InlineData("{{ date | roc_date }}{{ date | weekday }}", "106年7月18日（星期二）")]
    [InlineData("{{ date | roc_date }}{{ date | weekday true }}", "106年7月18日(星期二)")]
    [InlineData("{{ '1912-01-01' | roc_date 'full' }}", "中華民國元年1月1日")]
    [InlineData("{{ start | roc_time }}", "下午1時30分")]
    [InlineData("{{ '14:30' | roc_time }}", "下午2時30分")]
    [InlineData("{{ '12:00' | roc_time }}", "中午12時")]
    [InlineData("{{ '12:00' | roc_time 'pm' }}", "下午12時")]
    [InlineData("{{ '00:00' | roc_time }}", "上午0時")]
    [InlineData("{{ '00:00' | roc_time 'noon' 'midnight' }}", "午夜12時")]
    [InlineData("{{ 21 | chinese_number }}", "二十一")]
    [InlineData("{{ 11 | legal_number }}", "拾壹")]
    [InlineData("{{ outline_label 1 10 }}{{ outline_label 1 11 }}", "拾、拾壹、")]
    [InlineData("{{ outline_label 3 2 }}{{ outline_label 3 2 true }}", "（二）(二)")]
    [InlineData("{{ 1 | ordinal }}", "第一次")]
    [InlineData("{{ ordinal 2 '案' }}", "第二案")]
    [InlineData("{{ ordinal 1 '次' true }}", "第1次")]
    [InlineData("{{ chair | honorific }}", "賴秘書長錫祿")]
    [InlineData("{{ member | honorific 'after' }}", "黃淑鈴委員")]
    [InlineData("{{ member | honorific 'before' }}", "委員黃淑鈴")]
    [InlineData("{{ chair | surname }}/{{ chair | given_name }}", "賴/錫祿")]
    [InlineData("{{ { name: '歐陽娜娜', title: '委員' } | honorific }}", "歐陽委員娜娜")]
    [InlineData("{{ '准予備查.' | full_width }}", "准予備查。")]
    [InlineData("{{ '建議(黃淑鈴委員).' | full_width true }}", "建議(黃淑鈴委員)。")]
    [InlineData("[{{ missing | roc_date }}{{ missing | honorific }}{{ missing | roc_time }}]", "[]")]
    public void Templates_call_the_functions(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
    }

    [Theory]
    [InlineData("{{ meeting.date | roc_date }}{{ meeting.date | weekday meeting.style.half_width_brackets }}{{ meeting.start | roc_time }}", "106年7月18日(星期二)下午1時30分")]
    [InlineData("{{ meeting.end | roc_time }}", "下午2時30分")]
    [InlineData("{{ meeting.chair | honorific }}", "賴秘書長錫祿")]
    [InlineData("{{ meeting.recorder[0] | honorific }}", "鄭蕙萱")]
    public void The_seed_facts_render_from_a_meeting_model(string template, string expected)
    {
        var meeting = new Meeting
        {
            Agency = "宜蘭縣政府",
            Name = "兒童及少年性剝削防制督導會報",
            Date = new DateTime(2017, 7, 18, 0, 0, 0, DateTimeKind.Unspecified),
            Start = new TimeSpan(13, 30, 0),
            End = new TimeSpan(14, 30, 0),
            Location = "本府第一會議室",
            Chair = Chair,
            Recorder = ValueList.Of(new Person { Name = "鄭蕙萱" }),
            Style = new DocumentStyle { RecorderLabel = "記錄", HalfWidthBrackets = true },
        };
        var context = new TemplateContext();
        context.PushGlobal(FormattingFunctions.Shared);
        context.PushGlobal(new ScriptObject { ["meeting"] = meeting });

        Assert.Equal(expected, Template.Parse(template).Render(context));
    }

    [Fact]
    public void The_shared_object_is_read_only_and_survives_renders_that_assign_its_names()
    {
        Assert.True(FormattingFunctions.Shared.IsReadOnly);
        Assert.Equal("x", Render("{{ roc_date = 'x' }}{{ roc_date }}"));
        Assert.Equal("106年7月18日", Render("{{ date | roc_date }}"));
    }

    [Theory]
    [InlineData("{{ date | roc_date 'long' }}", "roc_date style must be")]
    [InlineData("{{ '1900-01-01' | roc_date }}", "the ROC calendar starts on 1912-01-01")]
    [InlineData("{{ 'tomorrow' | roc_date }}", "is not a date")]
    [InlineData("{{ chair | honorific 'middle' }}", "honorific style must be")]
    [InlineData("{{ outline_label 6 1 }}", "the level must be 1 to 5")]
    public void Mistakes_surface_as_script_errors_with_both_languages(string template, string english)
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render(template));

        Assert.Contains(english, error.Message, StringComparison.Ordinal);
        Assert.Matches("[\u4e00-\u9fff]", error.Message);
    }

    private static string Render(string template)
    {
        var context = new TemplateContext();
        context.PushGlobal(FormattingFunctions.Shared);
        var model = new ScriptObject
        {
            ["date"] = new DateTime(2017, 7, 18, 0, 0, 0, DateTimeKind.Unspecified),
            ["start"] = new TimeSpan(13, 30, 0),
            ["chair"] = Chair,
            ["member"] = new Person { Name = "黃淑鈴", Title = "委員" },
        };
        context.PushGlobal(model);
        return Template.Parse(template).Render(context);
    }
}
