using System;
using System.Collections.Generic;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;
using Scriban.Runtime;

namespace Minutes.Templating.Functions;

/// <summary>
/// The formatting helpers as Scriban functions, so a template writes
/// <c>{{ meeting.date | roc_date }}</c> or <c>{{ meeting.chair | honorific }}</c>. The object is
/// read-only once built and holds no state: build it once (or use <see cref="Shared"/>) and
/// push it as a global of every render.
/// </summary>
/// <remarks>
/// Functions: <c>roc_date</c>, <c>weekday</c>, <c>roc_time</c>, <c>chinese_number</c>,
/// <c>legal_number</c>, <c>outline_label</c>, <c>ordinal</c>, <c>honorific</c>, <c>surname</c>,
/// <c>given_name</c>, <c>full_width</c>, <c>roc_time24</c>, <c>style_date</c>, <c>style_time</c>,
/// <c>style_label</c>, <c>title_lines</c> (see docs/formatting-functions.md). A missing value
/// (<c>null</c>) formats as an empty string, so optional fields need no <c>if</c>.
/// </remarks>
public sealed class FormattingFunctions : ScriptObject
{
    private static readonly DocumentStyle DefaultStyle = new();

    /// <summary>Creates the functions object, read-only.</summary>
    public FormattingFunctions()
    {
        this.Import("roc_date", new Func<object?, string?, string>(RocDateFunction));
        this.Import("weekday", new Func<object?, bool, string>(WeekdayFunction));
        this.Import("roc_time", new Func<object?, string?, string?, string>(RocTimeFunction));
        this.Import("chinese_number", new Func<int, string>(ChineseNumerals.ToChineseNumeral));
        this.Import("legal_number", new Func<int, string>(ChineseNumerals.ToLegalNumeral));
        this.Import("outline_label", new Func<int, int, bool, string>(OutlineLabelFunction));
        this.Import("ordinal", new Func<int, string, bool, string>(OrdinalFunction));
        this.Import("honorific", new Func<object?, string?, string>(HonorificFunction));
        this.Import("surname", new Func<object?, string>(SurnameFunction));
        this.Import("given_name", new Func<object?, string>(GivenNameFunction));
        this.Import("full_width", new Func<string?, bool, string>(FullWidthFunction));
        this.Import("roc_time24", new Func<object?, string>(RocTime24Function));
        this.Import("style_date", new Func<object?, object?, string>(StyleDateFunction));
        this.Import("style_time", new Func<object?, object?, string>(StyleTimeFunction));
        this.Import("style_label", new Func<object?, int, int, bool, string>(StyleLabelFunction));
        this.Import("title_lines", new Func<string?, string?, string?, string?, double, IReadOnlyList<string>>(MeetingTitles.Lines));
        IsReadOnly = true;
    }

    /// <summary>One read-only instance to share across renders and threads.</summary>
    public static FormattingFunctions Shared { get; } = new();

    /// <summary><c>roc_date date ["full"]</c>: 106年7月18日, or 中華民國106年7月18日 with "full".</summary>
    private static string RocDateFunction(object? date, string? style = null)
    {
        if (date is null)
        {
            return "";
        }

        var value = ToDate(date);
        return style switch
        {
            null or "" or "short" => value.ToRocDate(),
            "full" => value.ToFullRocDate(),
            _ => throw new ArgumentException(
                $"roc_date 的格式須為 \"short\" 或 \"full\"，不可為 \"{style}\" (roc_date style must be \"short\" or \"full\", not \"{style}\")",
                nameof(style)),
        };
    }

    /// <summary><c>weekday date [half]</c>: （星期二）, or (星期二) when half is true.</summary>
    private static string WeekdayFunction(object? date, bool half = false) =>
        date is null ? "" : ToDate(date).ToRocWeekday(half);

    /// <summary><c>roc_time time ["noon"|"pm"] ["am"|"midnight"]</c>: 下午1時30分, 中午12時, 上午0時.</summary>
    private static string RocTimeFunction(object? time, string? noon = "noon", string? midnight = "am")
    {
        if (time is null)
        {
            return "";
        }

        var noonStyle = noon switch
        {
            null or "" or "noon" => NoonStyle.Noon,
            "pm" => NoonStyle.Afternoon,
            _ => throw new ArgumentException(
                $"roc_time 的中午寫法須為 \"noon\"（中午12時）或 \"pm\"（下午12時），不可為 \"{noon}\" (roc_time noon must be \"noon\" or \"pm\", not \"{noon}\")",
                nameof(noon)),
        };
        var midnightStyle = midnight switch
        {
            null or "" or "am" => MidnightStyle.Morning,
            "midnight" => MidnightStyle.Midnight,
            _ => throw new ArgumentException(
                $"roc_time 的午夜寫法須為 \"am\"（上午0時）或 \"midnight\"（午夜12時），不可為 \"{midnight}\" (roc_time midnight must be \"am\" or \"midnight\", not \"{midnight}\")",
                nameof(midnight)),
        };
        return ToTime(time).ToRocTime(noonStyle, midnightStyle);
    }

    /// <summary><c>roc_time24 time</c>: 14時30分, 9時 (24-hour clock, no 上午/下午).</summary>
    private static string RocTime24Function(object? time) => time is null ? "" : ToTime(time).ToRocTime24();

    /// <summary><c>style_date date style</c>: the date and weekday as the meeting's style writes them (106.5.12（五）…).</summary>
    private static string StyleDateFunction(object? date, object? style) =>
        date is null ? "" : ToStyle(style).WriteDate(ToDate(date));

    /// <summary><c>style_time time style</c>: the time as the meeting's style writes it (下午1時30分, 13時30分, PM1:30 …).</summary>
    private static string StyleTimeFunction(object? time, object? style) =>
        time is null ? "" : ToStyle(style).WriteTime(ToTime(time));

    /// <summary><c>style_label style level number [in_field]</c>: the outline label in the style's forms (壹、, 一、, (一), 1. …).</summary>
    private static string StyleLabelFunction(object? style, int level, int number, bool inField = false) =>
        ToStyle(style).OutlineLabel(level, number, inField);

    /// <summary><c>outline_label level number [half]</c>: 壹、 / 一、 / （一） / 1、 / （1）.</summary>
    private static string OutlineLabelFunction(int level, int number, bool half = false) =>
        number.ToOutlineLabel(level, half);

    /// <summary><c>ordinal number ["次"] [arabic]</c>: 第一次, 第一案, 第1次.</summary>
    private static string OrdinalFunction(int number, string counter = "次", bool arabic = false) =>
        number.ToChineseOrdinal(counter, arabic);

    /// <summary><c>honorific person ["inner"|"after"|"before"]</c>: 賴秘書長錫祿, 黃淑鈴委員, 委員黃淑鈴.</summary>
    private static string HonorificFunction(object? person, string? style = "inner")
    {
        if (person is null)
        {
            return "";
        }

        var honorificStyle = style switch
        {
            null or "" or "inner" => HonorificStyle.SurnameTitleGiven,
            "after" => HonorificStyle.NameTitle,
            "before" => HonorificStyle.TitleName,
            _ => throw new ArgumentException(
                $"honorific 的格式須為 \"inner\"、\"after\" 或 \"before\"，不可為 \"{style}\" (honorific style must be \"inner\", \"after\" or \"before\", not \"{style}\")",
                nameof(style)),
        };
        return ToPerson(person).ToHonorific(honorificStyle);
    }

    /// <summary><c>surname person</c>: 賴 for 賴錫祿, 歐陽 for 歐陽娜娜.</summary>
    private static string SurnameFunction(object? person) => person is null ? "" : ToPerson(person).GetSurname();

    /// <summary><c>given_name person</c>: 錫祿 for 賴錫祿.</summary>
    private static string GivenNameFunction(object? person) => person is null ? "" : ToPerson(person).GetGivenName();

    /// <summary><c>full_width text [keep_half_brackets]</c>: 准予備查. → 准予備查。</summary>
    private static string FullWidthFunction(string? text, bool keepHalfBrackets = false) =>
        text is null ? "" : text.ToFullWidthPunctuation(keepHalfBrackets);

    private static DateTime ToDate(object value) => value switch
    {
        DateTime date => date,
        DateTimeOffset offset => offset.DateTime,
        string text when RocDate.TryParse(text, out var date) => date,
        _ => throw new ArgumentException(
            $"「{value}」不是日期 (\"{value}\" is not a date)", nameof(value)),
    };

    private static TimeSpan ToTime(object value) => value switch
    {
        TimeSpan time => time,
        DateTime date => date.TimeOfDay,
        DateTimeOffset offset => offset.TimeOfDay,
        string text when RocTime.TryParse(text, out var time) => time,
        _ => throw new ArgumentException(
            $"「{value}」不是時間 (\"{value}\" is not a time of day)", nameof(value)),
    };

    /// <summary>A <see cref="DocumentStyle"/>; null (no style given) is the default style.</summary>
    private static DocumentStyle ToStyle(object? value) => value switch
    {
        null => DefaultStyle,
        DocumentStyle style => style,
        _ => throw new ArgumentException(
            $"「{value}」不是格式選項 meeting.style (\"{value}\" is not a document style such as meeting.style)", nameof(value)),
    };

    /// <summary>Accepts a <see cref="Person"/>, a script object with name/title/surname, or a bare name.</summary>
    private static Person ToPerson(object value) => value switch
    {
        Person person => person,
        string name => new Person { Name = name },
        IDictionary<string, object?> fields when Field(fields, "name") is { } name => new Person
        {
            Name = name,
            Title = Field(fields, "title"),
            Surname = Field(fields, "surname"),
        },
        _ => throw new ArgumentException(
            $"「{value}」不是人員（須有姓名） (\"{value}\" is not a person with a name)", nameof(value)),
    };

    private static string? Field(IDictionary<string, object?> fields, string key) =>
        fields.TryGetValue(key, out var value) ? value?.ToString() : null;
}
