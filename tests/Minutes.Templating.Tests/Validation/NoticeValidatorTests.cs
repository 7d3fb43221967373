using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;

namespace Minutes.Templating.Tests.Validation;

/// <summary>The notice's fixed choices: 速別 and 密等, and a classified notice's 解密條件 or 保密期限.</summary>
public sealed class NoticeValidatorTests
{
    private const string Meeting = """
        agency: 宜蘭縣政府
        name: 督導會報
        date: 106年7月18日
        start: 下午1時30分
        location: 本府第一會議室
        chair: { name: 賴錫祿, title: 秘書長 }
        notice:

        """;

    [Fact]
    public void A_classified_notice_without_its_declassification_is_a_located_bilingual_error()
    {
        var read = MeetingReader.Read(Meeting + "  speed: 速件\n  classification: 機密\n", "meeting.yaml");

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal("notice-declassification", error.RuleId);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("notice.classification", error.Path);
        Assert.Equal(9, error.Location!.Value.Line);
        Assert.StartsWith("密等為「機密」時須填寫解密條件或保密期限", error.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains("declassification", error.MessageEn, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  classification: 普通\n")]
    [InlineData("  classification: 密\n  declassification: 會議結束後解密\n")]
    [InlineData("  classification: 絕對機密\n  declassification: 保密期限至120年12月31日\n")]
    [InlineData("  speed: 最速件\n")]
    public void Valid_choices_pass(string notice)
    {
        var read = MeetingReader.Read(Meeting + notice, "meeting.yaml");

        Assert.Empty(read.Diagnostics);
    }

    [Theory]
    [InlineData("  speed: 特急件\n", "notice-speed", "notice.speed")]
    [InlineData("  classification: 秘密\n", "notice-classification", "notice.classification")]
    public void Unknown_choices_are_errors(string notice, string ruleId, string path)
    {
        var read = MeetingReader.Read(Meeting + notice, "meeting.yaml");

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal((ruleId, path), (error.RuleId, error.Path));
        Assert.NotNull(error.Location);
    }
}
