using System.IO;
using System.Linq;
using Minutes.Templating.Input;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Input;

/// <summary>The messages a clerk meets are Chinese first, say what to write, and keep the parser's English and the location.</summary>
public class ClerkMessageTests
{
    private const string Head = "agency: 宜蘭縣政府\nname: 督導會報\ndate: 114年9月10日\nstart: \"13:30\"\nlocation: 本府第一會議室\n";

    public static TheoryData<string, string, int, int, string, string> YamlMistakes => new()
    {
        // name, input, line, column, Chinese hint, the parser's English kept
        { "tab indentation", Head + "chair:\n\tname: 陳建宏\n", 7, 1, "Tab 字元縮排，請改用空白", "invalid tab as indentation" },
        { "missing space after the colon", "agency: 宜蘭縣政府\nname:督導會報\ndate: 114年9月10日\n", 2, 1, "冒號後面少了空白", "did not find expected key" },
        { "unclosed double quote", "agency: 宜蘭縣政府\nname: \"督導會報\ndate: 114年9月10日\nstart: \"13:30\"\n", 2, 7, "引號沒有成對", "double-quoted scalar" },
        { "unclosed single quote", "agency: 宜蘭縣政府\nname: '督導會報\ndate: 114年9月10日\n", 2, 7, "引號沒有成對", "quoted scalar" },
        { "key indented deeper", "agency: 宜蘭縣政府\nname: 督導會報\n  date: 114年9月10日\n", 3, 7, "縮排不一致：同一層的鍵要對齊", "found invalid mapping" },
        { "key indented less", "chair:\n    name: 陳建宏\n  title: 鄉長\nagency: x\n", 3, 3, "縮排不一致：同一層的鍵要對齊", "did not find expected key" },
        { "missing dash in a list", "attendance:\n  present:\n    - 社會處\n    警察局\n", 4, 5, "清單的每一項都要以「- 」", "did not find expected '-' indicator" },
        { "list item out of line", "sections:\n  - kind: remarks\n    text: a\n  kind: remarks\n", 4, 3, "清單的每一項都要以「- 」", "did not find expected '-' indicator" },
        { "colon and space inside a value", "agency: 宜蘭縣政府\nname: 會議: 第一次\n", 2, 9, "冒號＋空白", "found invalid mapping" },
        { "value continued on the next line", "agency: 宜蘭縣政府\nname: 督導\n會報\ndate: 114年9月10日\n", 3, 1, "這一行不是「鍵: 值」", "did not find expected key" },
        { "text after a closing quote", "agency: \"宜蘭\"縣政府\n", 1, 13, "引號後面不能再接文字", "did not find expected key" },
        { "value starting with @", "agency: @宜蘭\n", 1, 9, "文字不能以「@」開頭", "cannot start any token" },
        { "unclosed brace", "chair: {name: 陳建宏\nagency: x\n", 1, 13, "括號沒有成對", "unterminated" },
        { "unclosed brace at the end", "agency: {a: 1\n", 2, 1, "括號沒有成對", "did not find expected ',' or '}'" },
        { "full-width colon after a key", "agency: 宜蘭縣政府\nname: 督導會報\nlocation：本府第一會議室\n", 3, 1, "請用半形冒號「: 」", "did not find expected key" },
        { "full-width colon in a list item", "sections:\n  - kind: remarks\n    text：說明\n", 3, 1, "請用半形冒號「: 」", "expected" },
        { "full-width spaces as indentation", "chair:\n\u3000\u3000name: 陳建宏\n  title: 鄉長\n", 2, 1, "全形空白（U+3000", "found invalid mapping" },
    };

    [Theory]
    [MemberData(nameof(YamlMistakes))]
    public void Yaml_mistakes_are_explained_in_Chinese_with_the_English_kept(string name, string input, int line, int column, string zh, string en)
    {
        var problem = Assert.Single(MeetingReader.Read(input, "m.yaml", InputFormat.Yaml).Diagnostics);

        Assert.Equal("syntax", problem.RuleId);
        Assert.Equal((line, column), (problem.Location!.Value.Line, problem.Location.Value.Column));
        Assert.Contains(zh, problem.MessageZh, System.StringComparison.Ordinal);
        Assert.StartsWith("malformed YAML: ", problem.MessageEn, System.StringComparison.Ordinal);
        Assert.Contains(en, problem.MessageEn, System.StringComparison.Ordinal);
        Assert.DoesNotMatch("While (scanning|parsing)", problem.MessageZh);
        _ = name;
    }

    [Theory]
    [InlineData("陳建宏鄉長", "陳建宏", "鄉長")]
    [InlineData("陳建宏 鄉長", "陳建宏", "鄉長")]
    [InlineData("陳建宏　鄉長", "陳建宏", "鄉長")]
    [InlineData("陳建宏", "陳建宏", null)]
    [InlineData("賴錫祿秘書長", "賴錫祿", "秘書長")]
    [InlineData("黃淑鈴主任委員", "黃淑鈴", "主任委員")]
    [InlineData("黃淑鈴委員", "黃淑鈴", "委員")]
    [InlineData("林志明副局長", "林志明", "副局長")]
    [InlineData("林志明代理處長", "林志明", "代理處長")]
    [InlineData("歐陽娜娜科長", "歐陽娜娜", "科長")]
    [InlineData("陳林美惠主任", "陳林美惠", "主任")]
    [InlineData("王明 技正", "王明", "技正")]
    [InlineData("賴秘書長錫祿", "賴錫祿", "秘書長")]
    [InlineData("林副議長棋山", "林棋山", "副議長")]
    [InlineData("王局長大明", "王大明", "局長")]
    [InlineData("歐陽處長志明", "歐陽志明", "處長")]
    [InlineData("張簡代理課長文", "張簡文", "代理課長")]
    public void A_person_written_as_one_text_binds_to_name_and_title(string written, string name, string? title)
    {
        var result = MeetingReader.Read(Head + "chair: " + written + "\n", "m.yaml", InputFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new Person { Name = name, Title = title }, result.Meeting!.Chair);
    }

    [Theory]
    [InlineData("chair", "王委員", "chair", "主席（chair）請寫成：\n  name: 全名（例如 陳建宏）\n  title: 委員")]
    [InlineData("chair", "賴秘書長錫祿等三人", "chair", "主席（chair）請寫成：\n  name: 全名（例如 陳建宏）\n  title: 鄉長")]
    [InlineData("chair", "宜蘭縣政府社會處處長", "chair", "title: 處長")]
    [InlineData("recorder", "John Smith", "recorder[0]", "紀錄（recorder）請寫成")]
    public void An_ambiguous_person_is_refused_with_how_to_write_it(string key, string written, string path, string hint)
    {
        var result = MeetingReader.Read(Head + (key == "chair" ? "" : "chair: 陳建宏鄉長\n") + key + ": " + written + "\n", "m.yaml", InputFormat.Yaml);

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("wrong-type", problem.RuleId);
        Assert.Equal(path, problem.Path);
        Assert.Contains($"無法從「{written}」分出姓名與職稱", problem.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains(hint, problem.MessageZh, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_a_one_line_field_is_located_with_a_hint()
    {
        var result = MeetingReader.Read(Head.Replace("location: 本府第一會議室", "location: \"本府\\n第一會議室\"") + "chair: 陳建宏鄉長\n", "m.yaml", InputFormat.Yaml);

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("one-line-text", problem.RuleId);
        Assert.Equal("location", problem.Path);
        Assert.Equal((5, 11), (problem.Location!.Value.Line, problem.Location.Value.Column));
        Assert.Contains("「本府」之後有換行", problem.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains("請刪除換行", problem.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains("a line break follows '本府'", problem.MessageEn, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025年9月10日", "請寫成 114年9月10日，或用西元寫成 2025-09-10")]
    [InlineData("西元2025年3月12日", "請寫成 114年3月12日，或用西元寫成 2025-03-12")]
    [InlineData("106-02-30", "106年2月只有28日")]
    [InlineData("115年2月30日", "115年2月只有28日")]
    [InlineData("113年2月30日", "113年2月只有29日")]
    [InlineData("2026-04-31", "2026年4月只有30日")]
    [InlineData("115年13月1日", "沒有13月")]
    [InlineData("115年1月14日（星期五）", "115年1月14日是星期三，不是星期五")]
    [InlineData("１１５年１月１４日（五）", "115年1月14日是星期三，不是星期五")]
    [InlineData("下週二", "請寫成民國年 114年9月10日、114-09-10，或西元 2025-09-10")]
    public void An_invalid_date_says_the_year_is_ROC_or_ISO(string date, string hint)
    {
        var result = MeetingReader.Read(Head.Replace("114年9月10日", date) + "chair: 陳建宏鄉長\n", "m.yaml", InputFormat.Yaml);

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("invalid-date", problem.RuleId);
        Assert.Equal((3, 7), (problem.Location!.Value.Line, problem.Location.Value.Column));
        Assert.Contains($"「{date}」不是有效的日期", problem.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains(hint, problem.MessageZh, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_written_as_text_names_the_keys_to_write()
    {
        var problem = Assert.Single(MeetingReader.Read(Head + "chair: 陳建宏鄉長\nattendance: 全體委員\n", "m.yaml", InputFormat.Yaml).Diagnostics);

        Assert.Equal("應為對照表（鍵: 值），但寫的是文字「全體委員」：請從下一行起縮排兩格，逐行寫「鍵: 值」，可用的鍵：note, groups, membership, spareRows", problem.MessageZh);
    }

    // The value written is quoted, and a Latin expected form is spaced from the Chinese.
    [Theory]
    [InlineData("style:\n  noWeekday: yes\n", "應為 true 或 false，但寫的是文字「yes」", "expected true or false but found text 'yes'")]
    [InlineData("sections:\n  - kind: proposals\n    items:\n      - subject: 甲案\n        votes: { for: 三, against: 0 }\n", "應為整數，但寫的是文字「三」", "expected a whole number but found text '三'")]
    public void A_wrong_value_is_quoted(string tail, string zh, string en)
    {
        var problem = Assert.Single(MeetingReader.Read(Head + "chair: 陳建宏鄉長\n" + tail, "m.yaml", InputFormat.Yaml).Diagnostics);

        Assert.Equal(("wrong-type", zh, en), (problem.RuleId, problem.MessageZh, problem.MessageEn));
    }

    [Fact]
    public void A_key_indented_with_full_width_spaces_is_named_as_such()
    {
        var problem = Assert.Single(MeetingReader.Read(Head + "chair:\n\u3000\u3000name: 陳建宏\n", "m.yaml", InputFormat.Yaml).Diagnostics);

        Assert.Equal(("unknown-key", 7), (problem.RuleId, problem.Location!.Value.Line));
        Assert.StartsWith("「name」前面的縮排用了全形空白（U+3000", problem.MessageZh, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_section_without_a_title_mentions_untitled()
    {
        var result = MeetingReader.Read(Head + "chair: 陳建宏鄉長\nsections:\n  - kind: text\n    text: 說明\n", "m.yaml", InputFormat.Yaml);
        var problem = Assert.Single(result.Diagnostics, d => d.RuleId == "missing-title");

        Assert.Equal("missing-title", problem.RuleId);
        Assert.Contains("untitled: true", problem.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains("untitled: true", problem.MessageEn, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("上午12時", true)]
    [InlineData("上午１２時３０分", true)]
    [InlineData("AM12:15", true)]
    [InlineData("午夜12時", false)]
    [InlineData("上午0時", false)]
    [InlineData("中午12時", false)]
    [InlineData("下午12時", false)]
    public void Twelve_in_the_morning_is_read_as_midnight_with_a_located_warning(string start, bool warned)
    {
        var result = MeetingReader.Read(Head.Replace("start: \"13:30\"", "start: " + start) + "chair: 陳建宏鄉長\n", "m.yaml", InputFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.RuleId == "midnight-time").ToList();
        Assert.Equal(warned, warnings.Count == 1);
        if (warned)
        {
            Assert.Equal(0, result.Meeting!.Start!.Value.Hours);
            Assert.Equal((Minutes.Templating.Diagnostics.Severity.Warning, 4), (warnings[0].Severity, warnings[0].Location!.Value.Line));
            Assert.Contains("若指中午，請寫「中午12時」或「下午12時」", warnings[0].MessageZh, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_file_is_explained_all_in_Chinese()
    {
        var path = Path.Combine(Path.GetTempPath(), "minutes-missing-" + System.Guid.NewGuid().ToString("N"), "m.yaml");

        var problem = Assert.Single(MeetingReader.ReadFile(path).Diagnostics);

        Assert.Equal("unreadable-file", problem.RuleId);
        Assert.Equal("找不到這個檔案：請確認檔名（含副檔名 .yaml）與所在資料夾是否正確", problem.MessageZh);
        Assert.DoesNotMatch("[A-Za-z]{3,}", problem.MessageZh.Replace(".yaml", ""));
        Assert.StartsWith("cannot read the file: ", problem.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_file_is_explained_in_Chinese()
    {
        var problem = Assert.Single(MeetingReader.ReadFile(Path.GetTempPath()).Diagnostics);

        Assert.Equal("unreadable-file", problem.RuleId);
        Assert.StartsWith("這是資料夾，不是檔案", problem.MessageZh, System.StringComparison.Ordinal);
    }
}
