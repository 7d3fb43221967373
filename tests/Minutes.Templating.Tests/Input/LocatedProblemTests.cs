using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;

namespace Minutes.Templating.Tests.Input;

/// <summary>Problems found after binding (validation) and syntax errors carry the same located diagnostic shape.</summary>
public sealed class LocatedProblemTests
{
    private const string Valid = """
        agency: 宜蘭縣政府
        name: 督導會報
        date: 2017-07-18
        start: "14:00"
        location: 本府第一會議室
        chair: { name: 賴錫祿, title: 秘書長 }
        """;

    [Fact]
    public void Validation_errors_are_located_at_their_value()
    {
        var read = MeetingReader.Read(Valid + "\nend: \"13:00\"", "m.yaml");

        var problem = Assert.Single(read.Diagnostics);
        Assert.Equal("end-before-start", problem.RuleId);
        Assert.Equal("end", problem.Path);
        Assert.Equal(new SourceLocation("m.yaml", 7, 6), problem.Location);
        Assert.Equal("散會時間下午1時早於開會時間下午2時", problem.MessageZh);
        Assert.Equal("the meeting ends (13:00) before it starts (14:00)", problem.MessageEn);
    }

    [Theory]
    [InlineData("sections[0].items[0].text", 10)]
    [InlineData("sections[0].items[1]", 11)]
    [InlineData("sections[0].items", 10)]
    [InlineData("sections[0].kind", 8)]
    [InlineData("chair.name", 6)]
    [InlineData("attachments[3].title", 1)]
    public void A_path_not_written_is_located_at_its_nearest_written_ancestor(string path, int line)
    {
        var read = MeetingReader.Read(Valid + "\nsections:\n  - kind: announcements\n    items:\n      - 一段文字\n      - 另一段", "m.yaml");

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(line, read.Locate(path)?.Line);
    }

    [Fact]
    public void A_syntax_error_is_a_located_diagnostic_without_a_path()
    {
        var read = MeetingReader.Read("{ \"agency\": ", "m.json", InputFormat.Json);

        var problem = Assert.Single(read.Diagnostics);
        Assert.Equal(("syntax", "", Severity.Error), (problem.RuleId, problem.Path, problem.Severity));
        Assert.Equal("m.json", problem.Location?.File);
        Assert.StartsWith("JSON 格式錯誤：", problem.MessageZh, System.StringComparison.Ordinal);
        Assert.StartsWith("malformed JSON: ", problem.MessageEn, System.StringComparison.Ordinal);
        Assert.Null(read.Meeting);
    }
}
