using System.Linq;
using System.Text;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;

namespace Minutes.Templating.Tests.Input;

/// <summary>Each bad input yields the named, located error: never an exception.</summary>
public class BadInputTests
{
    private const string Valid = """
        agency: 宜蘭縣政府
        name: 督導會報
        date: 2017-07-18
        start: "13:30"
        location: 本府第一會議室
        chair: { name: 賴錫祿, title: 秘書長 }
        """;

    public static TheoryData<string, string, string, int> YamlCases => new()
    {
        // name, input, expected rule, expected line
        { "malformed mapping", "agency: [宜蘭縣政府\nname: x", "syntax", 1 },
        { "tab indentation", "agency: 宜蘭\n\tname: x", "syntax", 2 },
        { "bad quoting", "agency: \"宜蘭縣政府\nname: x", "syntax", 1 },
        { "two documents", Valid + "\n---\nagency: x", "syntax", 7 },
        { "alias", "chair: &c { name: 賴錫祿 }\nrecorder: *c", "syntax", 2 },
        { "empty file", "", "empty-input", 1 },
        { "only a comment", "# 只有註解\n", "empty-input", 1 },
        { "scalar document", "會議紀錄", "wrong-type", 1 },
        { "list document", "- a\n- b", "wrong-type", 1 },
        { "missing agency", Valid.Replace("agency: 宜蘭縣政府\n", ""), "missing-field", 1 },
        { "missing date", Valid.Replace("date: 2017-07-18\n", ""), "missing-field", 1 },
        { "missing chair name", Valid.Replace("{ name: 賴錫祿, title: 秘書長 }", "{ title: 秘書長 }"), "missing-field", 6 },
        { "impossible ROC date", Valid.Replace("2017-07-18", "106-02-30"), "invalid-date", 3 },
        { "impossible ISO date", Valid.Replace("2017-07-18", "2017-13-01"), "invalid-date", 3 },
        { "words for a date", Valid.Replace("2017-07-18", "下週二"), "invalid-date", 3 },
        { "bad time", Valid.Replace("\"13:30\"", "25:00"), "invalid-time", 4 },
        { "afternoon hour 13", Valid.Replace("\"13:30\"", "下午13時"), "invalid-time", 4 },
        { "end before start", Valid + "\nend: \"12:00\"", "end-before-start", 7 },
        { "unknown key", Valid + "\nlocaton: x", "unknown-key", 7 },
        { "unknown nested key", Valid + "\nattendance: { notes: 詳如簽到表 }", "unknown-key", 7 },
        { "both attendance layouts", Valid + "\nattendance:\n  groups: []\n  present: [賴錫祿]", "unknown-key", 9 },
        { "duplicate key", Valid + "\nagency: 別的機關", "duplicate-key", 7 },
        { "list for text", Valid.Replace("location: 本府第一會議室", "location: [a, b]"), "wrong-type", 5 },
        { "mapping for text", Valid.Replace("location: 本府第一會議室", "location: { room: 1 }"), "wrong-type", 5 },
        { "text for a person", Valid.Replace("chair: { name: 賴錫祿, title: 秘書長 }", "chair: 賴秘書長錫祿等三人"), "wrong-type", 6 },
        { "text for a number", Valid + "\nsections:\n  - kind: proposals\n    items:\n      - subject: 案\n        votes: { for: 多數 }", "wrong-type", 11 },
        { "negative vote count", Valid + "\nsections:\n  - kind: proposals\n    items:\n      - subject: 案\n        votes: { for: -1 }", "wrong-type", 11 },
        { "negative membership", Valid + "\nattendance: { membership: -3 }", "wrong-type", 7 },
        { "text for a boolean", Valid + "\nstyle: { halfWidthBrackets: 是 }", "wrong-type", 7 },
        { "section without kind", Valid + "\nsections:\n  - title: 報告事項", "missing-field", 8 },
        { "unknown section kind", Valid + "\nsections:\n  - kind: report", "unknown-kind", 8 },
        { "text section without title", Valid + "\nsections:\n  - kind: text\n    text: 內容", "missing-title", 8 },
        { "control character", Valid.Replace("location: 本府第一會議室", "location: \"本府\\x01會議室\""), "invalid-character", 5 },
        { "blank agency", Valid.Replace("agency: 宜蘭縣政府", "agency: \"  \""), "empty-field", 1 },
        { "too deep", Valid + "\nattendance: { note: " + new string('[', 100) + new string(']', 100) + " }", "syntax", 7 },
    };

    public static TheoryData<string, string, string, int> JsonCases => new()
    {
        { "malformed JSON", "{\n  \"agency\": \"宜蘭\",\n  \"name\" \"x\"\n}", "syntax", 3 },
        { "trailing content", "{}\n{}", "syntax", 2 },
        { "number for text", "{\n  \"agency\": 12\n}", "wrong-type", 2 },
        { "string for number", "{\"sections\": [{\"kind\": \"proposals\", \"items\": [{\"subject\": \"a\",\n \"votes\": {\"for\": \"3\"}}]}]}", "wrong-type", 2 },
        { "boolean for text", "{\n\"name\": true}", "wrong-type", 2 },
        { "null document", "null", "empty-input", 1 },
        { "escaped unpaired surrogate", "{\n\"agency\": \"宜\\ud800蘭\"}", "syntax", 2 },
        { "escaped control character", "{\"agency\": \"宜蘭縣政府\", \"name\": \"督導會報\", \"date\": \"2017-07-18\", \"start\": \"13:30\",\n\"location\": \"本府\\u0001會議室\", \"chair\": {\"name\": \"賴錫祿\"}}", "invalid-character", 2 },
    };

    [Theory]
    [MemberData(nameof(YamlCases))]
    public void Bad_yaml_is_reported_with_rule_and_line(string name, string input, string rule, int line) =>
        AssertReported(MeetingReader.Read(input, "bad.yaml", InputFormat.Yaml), name, rule, line);

    [Theory]
    [MemberData(nameof(JsonCases))]
    public void Bad_json_is_reported_with_rule_and_line(string name, string input, string rule, int line) =>
        AssertReported(MeetingReader.Read(input, "bad.json", InputFormat.Json), name, rule, line);

    [Theory]
    [InlineData("binary", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10 }, "binary-input")]
    [InlineData("Big5 text", new byte[] { 0x61, 0x3A, 0x20, 0xA9, 0x79, 0xC4, 0xF5 }, "encoding")]
    [InlineData("empty bytes", new byte[0], "empty-input")]
    public void Bad_bytes_are_reported(string name, byte[] content, string rule)
    {
        var result = MeetingReader.Read(content, "bad.yaml");

        Assert.False(result.Succeeded, name);
        Assert.Equal(rule, result.Diagnostics.First().RuleId);
    }

    [Theory]
    [InlineData("present")]
    [InlineData("observers")]
    [InlineData("absent")]
    public void An_attendance_list_of_the_old_layout_beside_groups_is_refused_saying_where_it_goes(string key)
    {
        var result = MeetingReader.Read(Valid + $"\nattendance:\n  groups:\n    - people: [賴錫祿]\n  {key}: [賴錫祿]", "mixed.yaml", InputFormat.Yaml);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("unknown-key", Severity.Error, "attendance." + key, 10), (finding.RuleId, finding.Severity, finding.Path, finding.Location?.Line));
        Assert.Contains("不能與 groups 同時使用", finding.MessageZh, System.StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var input = Valid.Replace("2017-07-18", "106-02-30") + "\nlocaton: x\nstyle: { halfWidthBrackets: 是 }";

        var result = MeetingReader.Read(input, "bad.yaml", InputFormat.Yaml);

        Assert.Equal(new[] { "invalid-date", "unknown-key", "wrong-type" }, result.Diagnostics.Select(d => d.RuleId));
    }

    [Fact]
    public void Messages_are_bilingual_and_located()
    {
        var result = MeetingReader.Read(Valid + "\nlocaton: x", "會議.yaml", InputFormat.Yaml);

        var text = result.Diagnostics.Single().ToString();
        Assert.StartsWith("會議.yaml:7:1: error unknown-key: 未知的欄位「locaton」；是否為「location」？", text);
        Assert.Contains("(unknown key 'locaton'; did you mean 'location'?)", text);
    }

    [Fact]
    public void An_escaped_unpaired_surrogate_in_YAML_is_named_as_such_in_both_languages()
    {
        var result = MeetingReader.Read(Valid.Replace("本府第一會議室", "\"本府\\ud800會議室\""), "s.yaml", InputFormat.Yaml);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("syntax", 5), (finding.RuleId, finding.Location?.Line));
        Assert.StartsWith("文字含有不成對的代理字元跳脫碼", finding.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains("surrogate", finding.MessageEn, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Byte_order_marks_are_accepted(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var content = encoding.GetPreamble().Concat(encoding.GetBytes(Valid.Replace("本府第一會議室", "本府第一會議室𠀀"))).ToArray();

        var result = MeetingReader.Read(content, "bom.yaml");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("本府第一會議室𠀀", result.Meeting!.Location);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x3A, 0x00 }, "UTF-16")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x00, 0xD8, 0x00, 0x00 }, "UTF-32")]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x11, 0x00, 0x00 }, "UTF-32BE")]
    public void Text_that_its_byte_order_mark_does_not_describe_is_an_encoding_error(byte[] content, string named)
    {
        var result = MeetingReader.Read(content, "bom.yaml");

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("encoding", 1), (finding.RuleId, finding.Location?.Line));
        Assert.Contains($"檔案開頭標示為 {named}", finding.MessageZh, System.StringComparison.Ordinal);
    }

    // A Chinese input method types full-width digits, colons and slashes; the clerk's meeting reads.
    [Theory]
    [InlineData("date: １１５年１月１４日", "start: 下午２時半", "2026-01-14", "14:30")]
    [InlineData("date: １１５／１／１４", "start: １４：３０", "2026-01-14", "14:30")]
    [InlineData("date: 中華民國１１５年１月１４日", "start: 下午2時半", "2026-01-14", "14:30")]
    [InlineData("date: \"２０２６－０１－１４\"", "start: \"１４:３０\"", "2026-01-14", "14:30")]
    public void Full_width_digits_are_read(string date, string start, string expectedDate, string expectedStart)
    {
        var input = Valid.Replace("date: 2017-07-18", date).Replace("start: \"13:30\"", start);

        var result = MeetingReader.Read(input, "fw.yaml", InputFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(expectedDate, result.Meeting!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expectedStart, result.Meeting.Start!.Value.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    // Digits of other scripts (Arabic-Indic, Devanagari) and Western years in full width are
    // located errors, never an exception.
    [Theory]
    [InlineData("date: ١١٥年١月١٤日", "invalid-date", 3)]
    [InlineData("date: ２０２６年１月１４日", "invalid-date", 3)]
    [InlineData("date: 99999999999年1月1日", "invalid-date", 3)]
    [InlineData("start: ١٤:٣٠", "invalid-time", 4)]
    [InlineData("start: 下午٢時", "invalid-time", 4)]
    public void Other_digits_are_located_errors(string line, string rule, int lineNumber)
    {
        var key = line.Substring(0, line.IndexOf(':'));
        var input = string.Join("\n", Valid.Split('\n').Select(l => l.StartsWith(key + ":", System.StringComparison.Ordinal) ? line : l));

        AssertReported(MeetingReader.Read(input, "other.yaml", InputFormat.Yaml), line, rule, lineNumber);
    }

    [Fact]
    public void A_full_width_count_is_read()
    {
        var input = Valid + "\nsections:\n  - kind: proposals\n    items:\n      - subject: 甲案\n        votes: { for: ７, against: 0 }";

        var result = MeetingReader.Read(input, "count.yaml", InputFormat.Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var proposal = result.Meeting!.Sections.OfType<Minutes.Templating.Model.ProposalsSection>().Single().Items.Single();
        Assert.Equal(7, proposal.Votes!.For);
    }

    [Fact]
    public void Oversized_input_is_refused()
    {
        var result = MeetingReader.Read(new byte[100], "big.yaml", limits: new InputLimits { MaxBytes = 10 });

        Assert.Equal("input-too-large", Assert.Single(result.Diagnostics).RuleId);
    }

    private static void AssertReported(MeetingReadResult result, string name, string rule, int line)
    {
        Assert.False(result.Succeeded, name);
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.RuleId == rule);
        Assert.True(diagnostic is not null, $"{name}: expected {rule}, got {string.Join("; ", result.Diagnostics)}");
        Assert.Equal(line, diagnostic!.Location?.Line);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageEn));
    }
}
